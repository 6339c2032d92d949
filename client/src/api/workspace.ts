import { z } from "zod";
import {
  AccountListResponseSchema,
  AffectedResponseSchema,
  AuditListResponseSchema,
  BlackoutResponseSchema,
  BlackoutSchema,
  ClosureResponseSchema,
  ClosureSchema,
  InstrumentListResponseSchema,
  PasswordResetResponseSchema,
  InstrumentSchema,
  QualificationResponseSchema,
  QualificationSchema,
  ReservationListResponseSchema,
  ReservationResponseSchema,
  ReservationSummarySchema,
  ScheduleResponseSchema,
  StaffMemberResponseSchema,
  StaffMemberSchema,
  TimeOffListResponseSchema,
  TimeOffSchema,
  TodayResponseSchema,
  AccountListQuerySchema,
  CreateBlackoutRequestSchema,
  CreateClosureRequestSchema,
  CreateTimeOffRequestSchema,
  GrantQualificationRequestSchema,
  InstrumentStatusRequestSchema,
  RecordSessionRequestSchema,
  UpdateBlackoutRequestSchema,
  UpdateStaffMemberRequestSchema,
  type CreateStaffMemberRequest,
  type InstrumentInput,
  type UpdateInstrumentRequest,
} from "../../../shared";
import { request } from "./http";

const UpcomingTimeOffSchema = TimeOffListResponseSchema.required();
const reservation = (r: z.infer<typeof ReservationResponseSchema>) => r.reservation;
/** A request body (or query) as the caller writes it: the input side of the schema the server parses it with. */
type Body<S extends z.ZodType> = z.input<S>;

const post = (body?: unknown) => ({ method: "POST" as const, body: body ?? {} });

/** The staff and facility workspace endpoints (README "Staff and facility workspace"). */
export const workspaceApi = {
  schedule: (staffId: number, from: string, to: string) => request(`/staff-members/${staffId}/schedule`, ScheduleResponseSchema, { query: { from, to } }),
  today: (staffId: number) => request(`/staff-members/${staffId}/today`, TodayResponseSchema),
  staffMembers: (query: { instrumentId?: number; includeInactive?: boolean } = {}) =>
    request("/staff-members", z.object({ items: z.array(StaffMemberSchema) }), { query: { instrumentId: query.instrumentId, includeInactive: query.includeInactive ? "true" : undefined } }).then((r) => r.items),
  createStaffMember: (body: CreateStaffMemberRequest) => request("/staff-members", StaffMemberResponseSchema, post(body)).then((r) => r.staffMember),
  staffMember: (id: number) => request(`/staff-members/${id}`, StaffMemberResponseSchema).then((r) => r.staffMember),
  updateStaffMember: (id: number, body: Body<typeof UpdateStaffMemberRequestSchema>) =>
    request(`/staff-members/${id}`, StaffMemberResponseSchema, { method: "PATCH", body }).then((r) => r.staffMember),
  upcomingTimeOff: (staffId: number, page: number, pageSize: number) =>
    request(`/staff-members/${staffId}/time-off`, UpcomingTimeOffSchema, { query: { scope: "upcoming", page, pageSize } }),
  addTimeOff: (staffId: number, body: Body<typeof CreateTimeOffRequestSchema>) =>
    request(`/staff-members/${staffId}/time-off`, z.object({ timeOff: TimeOffSchema }), post(body)).then((r) => r.timeOff),
  accounts: (query: Pick<z.output<typeof AccountListQuerySchema>, "q" | "role" | "page" | "pageSize">) => request("/users", AccountListResponseSchema, { query }),
  resetPassword: (userId: number, password: string) => request(`/users/${userId}/password-reset`, PasswordResetResponseSchema, post({ password })),
  deleteTimeOff: (staffId: number, timeOffId: number) => request(`/staff-members/${staffId}/time-off/${timeOffId}`, null, { method: "DELETE" }),

  pending: () => request("/reservations", ReservationListResponseSchema, { query: { status: "pending", scope: "upcoming", pageSize: 100 } }),
  toRecord: (from: string, to: string) => request("/reservations", ReservationListResponseSchema, { query: { status: "confirmed", scope: "past", from, to, pageSize: 100 } }),
  approve: (id: number) => request(`/reservations/${id}/approve`, ReservationResponseSchema, post()).then(reservation),
  reject: (id: number, reason: string) => request(`/reservations/${id}/reject`, ReservationResponseSchema, post({ reason })).then(reservation),
  cancel: (id: number, reason: string) => request(`/reservations/${id}/cancel`, ReservationResponseSchema, post({ reason })).then(reservation),
  record: (id: number, body: Body<typeof RecordSessionRequestSchema>) =>
    request(`/reservations/${id}/record`, ReservationResponseSchema, post(body)).then(reservation),

  assistance: (status: "open" | "assigned" | "accepted" | "unstaffed", mine: boolean) =>
    request("/assistance-requests", ReservationListResponseSchema.pick({ items: true }), { query: { status, mine: mine ? "true" : undefined } }).then((r) => r.items),
  accept: (id: number) => request(`/assistance-requests/${id}/accept`, ReservationResponseSchema, post()).then(reservation),
  decline: (id: number, reason: string) => request(`/assistance-requests/${id}/decline`, ReservationResponseSchema, post({ reason })).then(reservation),
  reassign: (id: number, staffMemberId: number | undefined, reason?: string) =>
    request(`/assistance-requests/${id}/reassign`, ReservationResponseSchema, post({ staffMemberId, reason: reason || undefined })).then(reservation),

  qualifications: (query: { instrumentId?: number; includeInvalid?: boolean }) =>
    request("/qualifications", z.object({ items: z.array(QualificationSchema) }), { query: { instrumentId: query.instrumentId, includeInvalid: query.includeInvalid ? "true" : undefined } }).then((r) => r.items),
  grant: (body: Body<typeof GrantQualificationRequestSchema>) =>
    request("/qualifications", QualificationResponseSchema, post(body)).then((r) => r.qualification),
  revoke: (id: number, reason: string) => request(`/qualifications/${id}/revoke`, QualificationResponseSchema, post({ reason })).then((r) => r.qualification),

  instruments: (query: { institutionId?: number; status?: "active" | "maintenance" | "retired"; page?: number }) =>
    request("/instruments", InstrumentListResponseSchema, { query: { ...query, pageSize: 100 } }),
  createInstrument: (body: InstrumentInput) => request("/instruments", z.object({ instrument: InstrumentSchema }), post(body)).then((r) => r.instrument),
  updateInstrument: (id: number, body: UpdateInstrumentRequest) => request(`/instruments/${id}`, z.object({ instrument: InstrumentSchema }), { method: "PATCH", body }).then((r) => r.instrument),
  setInstrumentStatus: (id: number, body: Body<typeof InstrumentStatusRequestSchema>) =>
    request(`/instruments/${id}/status`, z.object({ instrument: InstrumentSchema, cancelled: z.array(ReservationSummarySchema) }), post(body)),

  blackouts: (query: { instrumentId?: number; from?: string; to?: string }) => request("/blackouts", z.object({ items: z.array(BlackoutSchema) }), { query }).then((r) => r.items),
  affected: (query: { start: string; end: string; instrumentId?: number }) => request("/blackouts/affected", AffectedResponseSchema, { query }).then((r) => r.reservations),
  createBlackout: (body: Body<typeof CreateBlackoutRequestSchema>) =>
    request("/blackouts", BlackoutResponseSchema, post(body)),
  moveBlackout: (id: number, body: Body<typeof UpdateBlackoutRequestSchema>) => request(`/blackouts/${id}`, BlackoutResponseSchema, { method: "PUT", body }),
  deleteBlackout: (id: number) => request(`/blackouts/${id}`, null, { method: "DELETE" }),

  closures: (institutionId: number, from?: string, to?: string) => request(`/institutions/${institutionId}/closures`, z.object({ items: z.array(ClosureSchema) }), { query: { from, to } }).then((r) => r.items),
  addClosure: (institutionId: number, body: Body<typeof CreateClosureRequestSchema>) => request(`/institutions/${institutionId}/closures`, ClosureResponseSchema, post(body)),
  deleteClosure: (institutionId: number, closureId: number) => request(`/institutions/${institutionId}/closures/${closureId}`, null, { method: "DELETE" }),

  audit: (query: { page: number; entityType?: string; action?: string }) => request("/audit-events", AuditListResponseSchema, { query: { ...query, pageSize: 30 } }),
};
