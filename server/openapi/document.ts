import { OpenAPIRegistry, OpenApiGeneratorV3, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import * as S from "../../shared";
import { registerFileOperations } from "./files";
import * as R from "../../shared/schemas/reports";
import { registerWorkspaceOperations } from "./workspace";
import { registerOrganisationOperations } from "./organisations";
import { registerCompanyOperations } from "./companies";
import { registerSearchOperations } from "./search";
import { registerConsultationOperations } from "./consultations";
import { registerQuoteOperations } from "./quotes";
import { registerBillingOperations } from "./billing";
import { registerCapabilityOperations } from "./capabilities";

/**
 * The OpenAPI 3 description of the API, generated from the same zod schemas the server validates with.
 * Every route the app serves under /api is listed here; a test checks that none is missing.
 */
export const API_OPERATIONS: Array<{ method: RouteConfig["method"]; path: string; summary: string; auth: boolean; request?: RouteConfig["request"]; ok: Ok }> = [];

/** A success response: JSON by default, or another media type (calendar files). */
interface Ok {
  status: number;
  schema?: z.ZodType;
  mediaType?: string;
}

const named = <T extends z.ZodType>(id: string, schema: T): T => schema.meta({ id }) as T;
const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const idParams = { params: S.IdParamsSchema };

const User = named("User", S.UserSchema);
const Instrument = named("Instrument", S.InstrumentSchema);
const Institution = named("Institution", S.InstitutionSchema);
const Reservation = named("Reservation", S.ReservationSchema);
const ErrorBody = named("Error", S.ErrorBodySchema);
const Session = named("Session", S.SessionResponseSchema.extend({ user: User }));
const ReservationEnvelope = z.object({ reservation: Reservation });
const CalendarFeed = named("CalendarFeed", S.CalendarFeedSchema);
const CalendarFeedEnvelope = z.object({ feed: CalendarFeed });
const ICalendar = { status: 200, mediaType: "text/calendar", schema: z.string().describe("RFC 5545 iCalendar, UTF-8") };

export type Op = typeof op;

function op(method: RouteConfig["method"], path: string, summary: string, auth: boolean, ok: Ok, request?: RouteConfig["request"]) {
  API_OPERATIONS.push({ method, path, summary, auth, ok, request });
}

op("get", "/api/health", "Liveness check: the process answers", false, { status: 200, schema: S.HealthResponseSchema });
op("get", "/metrics", "Prometheus metrics of this process (requests by route and status, durations, PostgreSQL pool, Node); served only when METRICS_TOKEN is set, to `Authorization: Bearer <METRICS_TOKEN>` (404 when unset, 401 otherwise)", false, { status: 200, mediaType: "text/plain", schema: z.string().describe("Prometheus text exposition format") });
op("get", "/api/ready", "Readiness check: database reachable and not shutting down (503 `unavailable` otherwise)", false, { status: 200, schema: named("Ready", S.ReadyResponseSchema) });
op("post", "/api/auth/login", "Sign in; sets an httpOnly session cookie and returns a bearer token", false, { status: 200, schema: Session }, { body: json(named("LoginRequest", S.LoginRequestSchema)) });
op("post", "/api/auth/signup", "Register a company and its first member", false, { status: 201, schema: Session }, { body: json(named("SignupRequest", S.SignupRequestSchema)) });
op("get", "/api/auth/me", "The signed-in user", true, { status: 200, schema: z.object({ user: User, csrfToken: z.string().nullable() }) });
op("post", "/api/auth/logout", "End the session", true, { status: 204 });
op("post", "/api/auth/password", "Change your own password (current one required; 422 wrong_password counts towards the login rate limit, 429 beyond it); ends every other session, this one stays", true, { status: 200, schema: named("PasswordChanged", S.PasswordChangedResponseSchema) }, { body: json(named("ChangePasswordRequest", S.ChangePasswordRequestSchema)) });
op("get", "/api/users", "The account directory, by name: the coordinator every account, an institution admin their institution's staff and admins (403 for others); q matches name or email", true, { status: 200, schema: S.AccountListResponseSchema.extend({ items: z.array(named("Account", S.AccountSchema)) }) }, { query: S.AccountListQuerySchema });
op("post", "/api/users/{id}/password-reset", "Set a new initial password for an account you manage (admins: their institution's staff; coordinator: company members, staff and admins); ends all its sessions", true, { status: 200, schema: named("PasswordReset", S.PasswordResetResponseSchema) }, { ...idParams, body: json(named("ResetPasswordRequest", S.ResetPasswordRequestSchema)) });
op("get", "/api/institutions", "Institutions taking part", false, { status: 200, schema: z.object({ items: z.array(Institution) }) });
op("get", "/api/instruments", "Search the catalogue", false, { status: 200, schema: S.InstrumentListResponseSchema.extend({ items: z.array(Instrument) }) }, { query: S.InstrumentListQuerySchema });
op("get", "/api/instruments/{id}", "One instrument", false, { status: 200, schema: z.object({ instrument: Instrument }) }, idParams);
op("get", "/api/instruments/{id}/availability", "Bookable free slots (UTC) between from and to; with duration (minutes) also the start times a booking that long can take, with staff help only where one person is free for all of it (422 for a duration off the instrument's rules)", false, { status: 200, schema: named("Availability", S.AvailabilityResponseSchema) }, { ...idParams, query: S.AvailabilityQuerySchema });
op("get", "/api/instruments/{id}/access", "What the signed-in user may do on the instrument: book, and self-use (valid qualification)", true, { status: 200, schema: named("InstrumentAccess", S.InstrumentAccessResponseSchema) }, idParams);
op("get", "/api/reservations", "Reservations visible to the caller", true, { status: 200, schema: S.ReservationListResponseSchema.extend({ items: z.array(Reservation) }) }, { query: S.ReservationListQuerySchema });
op("post", "/api/reservations", "Book instrument time (company members). With onBehalfOf: staff and institution admins book for an active company member at their own institution's instruments (403 for anyone else or another institution; 404 for an unknown or inactive member); the member's company owns it, enteredBy names the staff, terms acceptance not asked", true, { status: 201, schema: ReservationEnvelope }, { body: json(named("CreateReservationRequest", S.CreateReservationRequestSchema)) });
op("get", "/api/reservations/on-behalf/members", "Active company members matching q (name, e-mail, company), at most 20: staff and institution admins booking on behalf (others 403)", true, { status: 200, schema: S.OnBehalfMembersResponseSchema }, { query: S.OnBehalfMembersQuerySchema });
op("get", "/api/reservations/{id}", "One reservation", true, { status: 200, schema: ReservationEnvelope }, idParams);
op("post", "/api/reservations/{id}/cancel", "Cancel; the slot is free again", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(S.ReasonRequestSchema) });
op("post", "/api/reservations/{id}/approve", "Approve a pending reservation (institution staff and admins)", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(S.ReasonRequestSchema) });
op("post", "/api/reservations/{id}/reject", "Reject a pending reservation with a reason (institution staff and admins)", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(S.ReasonRequestSchema) });
registerWorkspaceOperations(op, { named, json, Reservation, ReservationEnvelope, Instrument });
registerOrganisationOperations(op, { named, json, Institution, Session });
registerCompanyOperations(op, { named, json });
registerSearchOperations(op, { named, json });
registerConsultationOperations(op, { named, json });
registerQuoteOperations(op, { named, json });
registerBillingOperations(op, named, json);
registerCapabilityOperations(op, named, json);
registerFileOperations(op, { named, json, Instrument });
op("get", "/api/reservations/{id}/ics", "The reservation as an iCalendar file (one event), for whoever may see it", true, ICalendar, idParams);
op("get", "/api/calendar/feeds", "The caller's calendar subscriptions, with their secret addresses", true, { status: 200, schema: S.CalendarFeedListResponseSchema.extend({ items: z.array(CalendarFeed) }) });
op("post", "/api/calendar/feeds", "Create a calendar subscription (403 for a kind the caller may not have)", true, { status: 201, schema: CalendarFeedEnvelope }, { body: json(named("CreateCalendarFeedRequest", S.CreateCalendarFeedRequestSchema)) });
op("delete", "/api/calendar/feeds/{id}", "Revoke a subscription; its address answers 404 from then on", true, { status: 204 }, idParams);
op("post", "/api/calendar/feeds/{id}/rotate", "Give a subscription a new address; the old one answers 404", true, { status: 200, schema: CalendarFeedEnvelope }, idParams);
const Notification = named("Notification", S.NotificationSchema);
op("get", "/api/notifications", "The caller's in-app notifications, newest first (unread=true: only unread), with the unread count", true, { status: 200, schema: S.NotificationListResponseSchema.extend({ items: z.array(Notification) }) }, { query: S.NotificationListQuerySchema });
op("post", "/api/notifications/{id}/read", "Mark one of your notifications read (another user's: 404)", true, { status: 200, schema: S.NotificationReadResponseSchema.extend({ notification: Notification }) }, idParams);
op("post", "/api/notifications/read-all", "Mark all your notifications read", true, { status: 200, schema: named("NotificationsReadAll", S.NotificationsReadAllResponseSchema) });
const NotificationSettings = named("NotificationSettingsResponse", S.NotificationSettingsResponseSchema);
op("get", "/api/me/notification-settings", "Your notification settings (defaults until saved): e-mail per kind, reminder lead times, agenda time, digest, colleagues' bookings", true, { status: 200, schema: NotificationSettings });
op("put", "/api/me/notification-settings", "Change any of your notification settings; unknown kinds, out-of-range times, switching off a required kind or an option of another role → 400", true, { status: 200, schema: NotificationSettings }, { body: json(named("NotificationSettingsRequest", S.NotificationSettingsRequestSchema)) });
const UsageReport = named("UsageReport", R.UsageReportSchema);
const ProgrammeReport = named("ProgrammeReport", R.ProgrammeReportSchema);
const Csv = { status: 200, mediaType: "text/csv", schema: z.string().describe("CSV, UTF-8 with a byte order mark; headings in the request's language; hours as decimals") };
const Xlsx = { status: 200, mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema: z.string().describe("Excel workbook, one worksheet") };
const usageSummary = "Programme usage of a fiscal year (April–March in each institution's zone; default the current one) or a custom range of local dates, grouped by month, quarter, institution, instrument, category, customer type or prefecture, with the same period a year before; actual (recorded sessions) and planned (bookings) measures. Coordinator: all institutions or one; institution admins: their own; others 403";
op("get", "/api/reports/usage", usageSummary, true, { status: 200, schema: UsageReport }, { query: R.UsageReportQuerySchema });
op("get", "/api/reports/usage.csv", "The usage report's table as CSV", true, Csv, { query: R.UsageReportQuerySchema });
op("get", "/api/reports/usage.xlsx", "The usage report's table as Excel", true, Xlsx, { query: R.UsageReportQuerySchema });
const programmeSummary = "The programme's annual table of a fiscal year: per institution, instruments offered, companies served and SMEs among them, hours of use and of technical support, trainings, qualifications granted, revenue (null until invoicing exists); totals of this and the previous year";
op("get", "/api/reports/programme", programmeSummary, true, { status: 200, schema: ProgrammeReport }, { query: R.ProgrammeReportQuerySchema });
op("get", "/api/reports/programme.csv", "The programme table as CSV", true, Csv, { query: R.ProgrammeReportQuerySchema });
op("get", "/api/reports/programme.xlsx", "The programme table as Excel", true, Xlsx, { query: R.ProgrammeReportQuerySchema });
const DevPage = { status: 200, mediaType: "text/html", schema: z.string().describe("HTML page") };
op("get", "/dev/mail", "Development mailbox: the e-mails written to MAIL_DIR (no SMTP_URL), newest first; not served in production", false, DevPage);
op("get", "/dev/mail/{name}", "One e-mail of the development mailbox (text, sandboxed HTML, invitation method); not served in production", false, DevPage, { params: z.object({ name: z.string().regex(/^[A-Za-z0-9.@-]+\.eml$/) }) });
op("get", "/ical/{token}.ics", "A subscribed calendar feed (no cookie or header: the token is the credential); 304 on If-None-Match/If-Modified-Since", false, ICalendar, { params: S.FeedTokenParamsSchema });

const ERROR_RESPONSES = {
  400: "validation_failed: malformed input",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict: the slot or the needed staff member is taken, or another state stands in the way (details.reason)",
  413: "payload_too_large: the body or the uploaded file is larger than allowed (files: details.maxBytes)",
  422: "rule_violation: a booking rule forbids it (details.reason says which)",
  503: "unavailable: every database connection is busy (details.reason database_busy) or a statement ran past the database's statement timeout (statement_timeout); try again after the Retry-After seconds",
} as const;

export function buildOpenApiDocument(serverUrl?: string) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  registry.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "sid" });
  for (const operation of API_OPERATIONS) {
    const responses: RouteConfig["responses"] = {
      [operation.ok.status]: operation.ok.schema
        ? { description: "Success", content: { [operation.ok.mediaType ?? "application/json"]: { schema: operation.ok.schema } } }
        : { description: "Success" },
    };
    for (const [status, description] of Object.entries(ERROR_RESPONSES)) responses[status] = { description, ...json(ErrorBody) };
    registry.registerPath({
      method: operation.method,
      path: operation.path,
      summary: operation.summary,
      request: operation.request,
      security: operation.auth ? [{ [bearer.name]: [] }, { cookie: [] }] : [],
      responses,
    });
  }
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: "3.0.3",
    info: {
      title: "Shared research equipment booking API",
      version: "1.0.0",
      description: "Companies find and book university instruments and ask technical staff for help. Errors are {error:{code,message,details?}}. Cookie-authenticated state changes need the X-CSRF-Token header.",
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
  });
}
