import fs from "node:fs";
import path from "node:path";
import cookieParser from "cookie-parser";
import express, { type Express } from "express";
import helmet from "helmet";
import type { AppContext } from "./platform/http/context";
import { authenticate, authenticateFromCache } from "./accounts";
import { metrics } from "./platform/http/metrics";
import { requestLog } from "./platform/http/request-log";
import { errorHandler, notFoundHandler } from "./platform/http/error-handler";
import { buildOpenApiDocument } from "./openapi";
import { auditRoutes } from "./audit";
import { authRoutes } from "./accounts";
import { blackoutRoutes } from "./blackouts";
import { chargeRoutes, institutionBillingRoutes, instrumentBillingRoutes, invoiceCsvRoutes, invoiceRoutes } from "./billing";
import { closureRoutes } from "./closures";
import { institutionAdminRoutes } from "./institutions";
import { companyMemberRoutes } from "./company-members";
import { invitationRoutes, organisationInvitationRoutes } from "./invitations";
import { companyRoutes } from "./companies";
import { consultationActionRoutes, consultationAttachmentRoutes, consultationMeetingRoutes, consultationRoutes } from "./consultations";
import { quoteRoutes } from "./quotes";
import { termsRoutes } from "./terms";
import { instrumentAdminRoutes } from "./instrument-admin";
import { attachmentRoutes, instrumentPhotoRoutes, UploadStore } from "./files";
import { catalogueRoutes, institutionRoutes, thesaurusRoutes } from "./catalogue";
import { capabilityRoutes, needRoutes } from "./capabilities";
import { assistanceRoutes } from "./staff";
import { qualificationRoutes } from "./qualifications";
import { calendarFeedRoutes } from "./calendar-feeds";
import { icalRoutes } from "./calendar-feeds";
import { healthRoutes } from "./platform/http/health.routes";
import { devMailboxRoutes, notificationRoutes, notificationSettingsRoutes } from "./notifications";
import { reportRoutes } from "./reports";
import { reservationRoutes } from "./booking";
import { staffRoutes } from "./staff";
import { userRoutes } from "./accounts";

/** The project root (where package.json is), whether running from sources or from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const CLIENT_DIST = path.join(projectRoot(), "dist", "client");

/** Builds the Express application: security headers, logs, JSON API under /api, and the built web client. */
export function createApp(ctx: AppContext, options: { clientDir?: string } = {}): Express {
  const feedSecret = ctx.config.feedSecret;
  if (!feedSecret) throw new Error("config.feedSecret is required (FEED_SECRET, or the generated secret file)");
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", ctx.config.trustProxy);
  app.set("query parser", "simple");
  // No ETag hashed over every JSON body: API answers are no-store, so no client revalidates them. Calendar feeds set
  // their own (calendar-response.ts); static files get theirs from express.static.
  app.set("etag", false);

  app.use(requestLog(ctx.logger));
  const measured = metrics(ctx);
  app.use(measured.record);
  app.get("/metrics", measured.serve);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { "img-src": ["'self'", "data:", "blob:"], "upgrade-insecure-requests": ctx.config.production ? [] : null },
      },
      hsts: ctx.config.production,
    }),
  );
  app.use((_req, res, next) => {
    // While draining, finish this request but let the client reconnect elsewhere for the next one.
    if (ctx.lifecycle?.draining) res.set("connection", "close");
    next();
  });
  app.use(express.json({ limit: "100kb" }));
  app.use(cookieParser());

  app.use("/api", apiRouter(ctx, feedSecret));
  app.use(icalRoutes(ctx));
  // The development mailbox lists every e-mail written to MAIL_DIR: never in production.
  if (!ctx.config.production) app.use("/dev/mail", devMailboxRoutes(ctx));

  const clientDir = options.clientDir ?? CLIENT_DIST;
  if (fs.existsSync(path.join(clientDir, "index.html"))) {
    app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(ctx.logger));
  return app;
}

/** The JSON API: health, the OpenAPI document, sign-in, then each slice's router at the path it serves. */
function apiRouter(ctx: AppContext, feedSecret: string): express.Router {
  const api = express.Router();
  const uploads = new UploadStore(ctx.config.uploadDir);
  // Answers are personal (sessions, bookings, staff data): no browser or proxy keeps them.
  api.use((_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  healthRoutes(api, ctx);
  api.get("/openapi.json", (req, res) => {
    res.json(buildOpenApiDocument(ctx.config.publicUrl ?? `${req.protocol}://${req.get("host")}`));
  });
  // A booking checks its session again in the statement that writes it, so it may start from the session this
  // process read last (accounts/authenticate.ts); every other request reads its session first.
  api.post("/reservations", authenticateFromCache(ctx));
  api.use(authenticate(ctx));
  api.use("/auth", authRoutes(ctx));
  // Each router is mounted at the path it serves, so that a request only enters the routers of its own path.
  api.use(
    "/institutions",
    institutionRoutes(ctx),
    institutionAdminRoutes(ctx),
    organisationInvitationRoutes(ctx, "institution"),
    closureRoutes(ctx),
    institutionBillingRoutes(ctx),
  );
  api.use("/companies", companyMemberRoutes(ctx), organisationInvitationRoutes(ctx, "company"));
  api.use("/invitations", invitationRoutes(ctx));
  api.use("/instruments", catalogueRoutes(ctx), instrumentAdminRoutes(ctx), instrumentBillingRoutes(ctx), instrumentPhotoRoutes(ctx, uploads));
  api.use("/capabilities", capabilityRoutes(ctx));
  api.use("/needs", needRoutes(ctx));
  api.use("/blackouts", blackoutRoutes(ctx));
  api.use("/search", thesaurusRoutes(ctx));
  api.use("/reservations", reservationRoutes(ctx), attachmentRoutes(ctx, uploads));
  api.use("/staff-members", staffRoutes(ctx));
  api.use("/users", userRoutes(ctx));
  api.use("/companies", companyRoutes(ctx));
  api.use("/consultations", consultationRoutes(ctx), consultationActionRoutes(ctx), consultationMeetingRoutes(ctx), quoteRoutes(ctx), consultationAttachmentRoutes(ctx, uploads));
  api.use("/terms", termsRoutes(ctx));
  api.use("/assistance-requests", assistanceRoutes(ctx));
  api.use("/qualifications", qualificationRoutes(ctx));
  api.use("/audit-events", auditRoutes(ctx));
  api.use("/calendar", calendarFeedRoutes(ctx, feedSecret));
  api.use("/notifications", notificationRoutes(ctx));
  api.use("/me/notification-settings", notificationSettingsRoutes(ctx));
  api.use("/charges", chargeRoutes(ctx));
  api.use("/invoices.csv", invoiceCsvRoutes(ctx));
  api.use("/invoices", invoiceRoutes(ctx));
  api.use("/reports", reportRoutes(ctx));
  api.use(notFoundHandler);
  return api;
}
