import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  CreateReservationRequestSchema,
  OnBehalfMembersQuerySchema,
  ReasonRequestSchema,
  ReservationListQuerySchema,
} from "../../shared/schemas/reservations";
import { currentUser, withSessionGuard } from "../accounts";
import { publicBaseUrl, sendCalendar, uidHost } from "../calendar-feeds";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { RecordSessionRequestSchema } from "../../shared/schemas/staff";
import { presentReservationCalendar } from "../calendar-feeds";
import { presentReservation } from "./reservations.presenter";
import { presentAuditEvent } from "../audit";
import { reservationHistory } from "../audit";
import { recordSession } from "./session-record.service";
import { createReservation } from "./create-reservation";
import { presentOnBehalfMember } from "./reservations.presenter";
import { searchOnBehalfMembers } from "./on-behalf";
import {
  authorizedReservation,
  cancelReservation,
  decideReservation,
  listReservations,
} from "./reservation.service";

export function reservationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(ReservationListQuerySchema, req.query);
    const locale = requestLocale(req);
    const { items, total } = await listReservations(ctx.db.manager, user, query, ctx.clock.now());
    res.json({ items: items.map((r) => presentReservation(r, locale)), total, page: query.page, pageSize: query.pageSize });
  });

  // Signed in by `authenticateFromCache` (server/app.ts): the booking's own write checks the session.
  router.post("/", async (req, res) => {
    const reservation = await withSessionGuard(req, ctx, (user, guard) => {
      const input = parse(CreateReservationRequestSchema, req.body);
      return createReservation(ctx.db, { user, input, now: ctx.clock.now(), guard });
    });
    res.status(201).json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  // Staff and institution admins finding the company member they book for (POST with onBehalfOf).
  router.get("/on-behalf/members", async (req, res) => {
    const user = currentUser(req);
    const query = parse(OnBehalfMembersQuerySchema, req.query);
    const members = await searchOnBehalfMembers(ctx.db.manager, user, query);
    res.json({ items: members.map(presentOnBehalfMember) });
  });

  router.get("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const reservation = await authorizedReservation(ctx.db.manager, user, id, "view");
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  router.get("/:id/ics", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const reservation = await authorizedReservation(ctx.db.manager, user, id, "view");
    const view = user.role === "company_member" ? "company" : "facility";
    const calendar = presentReservationCalendar(reservation, view, requestLocale(req), uidHost(publicBaseUrl(ctx, req)));
    await sendCalendar(req, res, calendar, { download: `reservation-${id}.ics` });
  });

  decisionRoutes(router, ctx);
  return router;
}

/** What staff and companies do to a reservation once it exists: cancel, approve or reject, record, its history. */
function decisionRoutes(router: Router, ctx: AppContext): void {
  router.post("/:id/cancel", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { reason } = parse(ReasonRequestSchema, req.body);
    const reservation = await ctx.db.write((em) => cancelReservation(em, user, id, reason, ctx.clock.now()));
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  for (const decision of ["approve", "reject"] as const) {
    router.post(`/:id/${decision}`, async (req, res) => {
      const user = currentUser(req);
      const { id } = parse(IdParamsSchema, req.params);
      const { reason } = parse(ReasonRequestSchema, req.body);
      const reservation = await ctx.db.write((em) => decideReservation(em, user, id, decision, reason, ctx.clock.now()));
      res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
    });
  }

  router.get("/:id/events", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await authorizedReservation(ctx.db.manager, user, id, "view");
    const history = await reservationHistory(ctx.db.manager, id);
    res.json({ items: history.items.map((e) => presentAuditEvent(e, e.actorUserId === null ? undefined : history.actors.get(e.actorUserId))) });
  });

  router.post("/:id/record", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(RecordSessionRequestSchema, req.body);
    const reservation = await ctx.db.write((em) => recordSession(em, user, id, input, ctx.clock.now()));
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });
}
