import { z } from "zod";
import * as S from "../../shared";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
  Reservation: z.ZodType;
  ReservationEnvelope: z.ZodType;
  Instrument: z.ZodType;
}

/** The staff and facility workspace: schedules, time off, assistance, sessions, qualifications, catalogue admin, audit. */
export function registerWorkspaceOperations(op: Op, { named, json, Reservation, ReservationEnvelope, Instrument }: Helpers): void {
  const idParams = { params: S.IdParamsSchema };
  const StaffMember = named("StaffMember", S.StaffMemberSchema);
  const StaffEnvelope = z.object({ staffMember: StaffMember });
  const TimeOff = named("TimeOff", S.TimeOffSchema);
  const ScheduleItem = named("ScheduleItem", S.ScheduleItemSchema);
  const Qualification = named("Qualification", S.QualificationSchema);
  const Blackout = named("Blackout", S.BlackoutSchema);
  const Closure = named("Closure", S.ClosureSchema);
  const Summary = named("ReservationSummary", S.ReservationSummarySchema);
  const AuditEvent = named("AuditEvent", S.AuditEventSchema);

  op("get", "/api/staff-members", "Technical staff of the caller's institution (coordinator: any or all)", true, { status: 200, schema: z.object({ items: z.array(StaffMember) }) }, { query: S.StaffListQuerySchema });
  op("post", "/api/staff-members", "Add a staff member with a login (institution admins)", true, { status: 201, schema: StaffEnvelope }, { body: json(named("CreateStaffMemberRequest", S.CreateStaffMemberRequestSchema)) });
  op("get", "/api/staff-members/{id}", "One staff member", true, { status: 200, schema: StaffEnvelope }, idParams);
  op("patch", "/api/staff-members/{id}", "Change instruments, hours, name or deactivate (admins); staff may change their own working hours. 409 assignments_affected lists assignments to hand over first", true, { status: 200, schema: StaffEnvelope }, { ...idParams, body: json(named("UpdateStaffMemberRequest", S.UpdateStaffMemberRequestSchema)) });
  op("get", "/api/staff-members/{id}/schedule", "Working hours, time off, assignments and bookings on the supported instruments between from and to", true, { status: 200, schema: S.ScheduleResponseSchema.extend({ timeOff: z.array(TimeOff), blackouts: z.array(Blackout), items: z.array(ScheduleItem) }) }, { ...idParams, query: S.RangeQuerySchema });
  op("get", "/api/staff-members/{id}/today", "What is still ahead today, in the institution's time zone", true, { status: 200, schema: S.TodayResponseSchema.extend({ items: z.array(ScheduleItem) }) }, idParams);
  op("get", "/api/staff-members/{id}/time-off", "Time off between from and to (≤ 62 days), or scope=upcoming: all not yet ended, soonest first, paged (with total, page, pageSize)", true, { status: 200, schema: S.TimeOffListResponseSchema.extend({ items: z.array(TimeOff) }) }, { ...idParams, query: S.TimeOffListQuerySchema });
  op("post", "/api/staff-members/{id}/time-off", "Add time off (hours or whole days); 409 time_off_collides lists the assignments to hand over first", true, { status: 201, schema: z.object({ timeOff: TimeOff }) }, { ...idParams, body: json(named("CreateTimeOffRequest", S.CreateTimeOffRequestSchema)) });
  op("delete", "/api/staff-members/{id}/time-off/{timeOffId}", "Remove time off", true, { status: 204 }, { params: S.StaffTimeOffParamsSchema });

  op("get", "/api/assistance-requests", "Requests for staff help: open (awaiting an answer or unstaffed), accepted, assigned or unstaffed", true, { status: 200, schema: z.object({ items: z.array(Reservation) }) }, { query: S.AssistanceListQuerySchema });
  op("post", "/api/assistance-requests/{id}/accept", "The assigned staff member accepts", true, { status: 200, schema: ReservationEnvelope }, idParams);
  op("post", "/api/assistance-requests/{id}/decline", "Decline with a reason; handed to a free colleague or marked unstaffed", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(S.DeclineRequestSchema) });
  op("post", "/api/assistance-requests/{id}/reassign", "Hand over to a named colleague, or to anyone free; nobody free → unstaffed", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(named("ReassignRequest", S.ReassignRequestSchema)) });
  op("post", "/api/reservations/{id}/record", "Record the session: completed (actual times, staff minutes) or no-show", true, { status: 200, schema: ReservationEnvelope }, { ...idParams, body: json(named("RecordSessionRequest", S.RecordSessionRequestSchema)) });

  const QualificationEnvelope = z.object({ qualification: Qualification });
  op("get", "/api/qualifications", "Self-use qualifications: a company's own people, an institution's instruments, or all (coordinator)", true, { status: 200, schema: z.object({ items: z.array(Qualification) }) }, { query: S.QualificationListQuerySchema });
  op("post", "/api/qualifications", "Grant a company user self-use of an instrument after training (optional expiry)", true, { status: 201, schema: QualificationEnvelope }, { body: json(named("GrantQualificationRequest", S.GrantQualificationRequestSchema)) });
  op("post", "/api/qualifications/{id}/revoke", "Revoke with a reason", true, { status: 200, schema: QualificationEnvelope }, { ...idParams, body: json(S.RevokeRequestSchema) });

  const Cancelled = z.array(Summary);
  const InstrumentEnvelope = z.object({ instrument: Instrument });
  op("post", "/api/instruments", "Add an instrument to the admin's institution", true, { status: 201, schema: InstrumentEnvelope }, { body: json(named("CreateInstrumentRequest", S.CreateInstrumentRequestSchema)) });
  op("patch", "/api/instruments/{id}", "Edit an instrument; bookings that new hours, rules or modes would break are listed (409 reservations_affected), cancelled with a notice (onAffected cancel) or kept as exceptions (keep); openingHoursFrom schedules new hours from a later date", true, { status: 200, schema: InstrumentEnvelope.extend({ cancelled: Cancelled, kept: Cancelled }) }, { ...idParams, body: json(named("UpdateInstrumentRequest", S.UpdateInstrumentRequestSchema)) });
  op("post", "/api/instruments/{id}/status", "Maintenance, retire or reactivate; upcoming bookings are listed (409) or cancelled with a notice (cancelAffected)", true, { status: 200, schema: InstrumentEnvelope.extend({ cancelled: Cancelled }) }, { ...idParams, body: json(named("InstrumentStatusRequest", S.InstrumentStatusRequestSchema)) });

  const BlackoutResult = S.BlackoutResponseSchema.extend({ blackout: Blackout, cancelled: Cancelled });
  op("get", "/api/blackouts", "Maintenance and closure windows of the caller's institution (coordinator: any or all)", true, { status: 200, schema: z.object({ items: z.array(Blackout) }) }, { query: S.BlackoutListQuerySchema });
  op("get", "/api/blackouts/affected", "Reservations a window would cover (preview)", true, { status: 200, schema: z.object({ reservations: Cancelled }) }, { query: S.BlackoutPreviewQuerySchema });
  op("post", "/api/blackouts", "Add a window; 409 reservations_affected lists bookings inside unless cancelAffected cancels them with the reason as notice", true, { status: 201, schema: BlackoutResult }, { body: json(named("CreateBlackoutRequest", S.CreateBlackoutRequestSchema)) });
  op("put", "/api/blackouts/{id}", "Move or relabel a window (same rule for bookings under its new place)", true, { status: 200, schema: BlackoutResult }, { ...idParams, body: json(named("UpdateBlackoutRequest", S.UpdateBlackoutRequestSchema)) });
  op("delete", "/api/blackouts/{id}", "Remove a window", true, { status: 204 }, idParams);

  op("get", "/api/institutions/{id}/closures", "The institution's own closure days (national holidays come on top)", false, { status: 200, schema: z.object({ items: z.array(Closure) }) }, { ...idParams, query: S.ClosureListQuerySchema });
  op("post", "/api/institutions/{id}/closures", "Add a closure day; 409 reservations_affected unless cancelAffected", true, { status: 201, schema: S.ClosureResponseSchema.extend({ closure: Closure, cancelled: Cancelled }) }, { ...idParams, body: json(named("CreateClosureRequest", S.CreateClosureRequestSchema)) });
  op("delete", "/api/institutions/{id}/closures/{closureId}", "Remove a closure day", true, { status: 204 }, { params: S.ClosureParamsSchema });

  op("get", "/api/audit-events", "Audit trail (who, when, what, why), newest first: admins their institution's, the coordinator all", true, { status: 200, schema: S.AuditListResponseSchema.extend({ items: z.array(AuditEvent) }) }, { query: S.AuditListQuerySchema });
  op("get", "/api/reservations/{id}/events", "A reservation's history, including the facility's notices to the company", true, { status: 200, schema: z.object({ items: z.array(AuditEvent) }) }, idParams);
}
