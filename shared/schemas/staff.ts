import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { CONSULTATION_MEETING_KINDS, LOCALES } from "../enums";
import { EmailSchema, PasswordSchema } from "./auth";
import { IdSchema, InstantSchema, PaginationQuerySchema, WeeklyHoursSchema } from "./common";
import { BlackoutSchema } from "./facility";
import { ReservationSchema } from "./reservations";

const IsoDateSchema = z.iso.date();
const Reason = text().trim().max(LIMITS.reasonMaxLength);

export const StaffMemberSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  institutionId: z.number().int(),
  name: text(),
  email: text(),
  active: z.boolean(),
  workingHours: WeeklyHoursSchema,
  instruments: z.array(z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text() })),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffListQuerySchema = z.object({
  institutionId: IdSchema.optional(),
  instrumentId: IdSchema.optional(),
  includeInactive: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
});

export const CreateStaffMemberRequestSchema = z.object({
  email: EmailSchema,
  displayName: text().trim().min(1).max(LIMITS.nameMaxLength),
  password: PasswordSchema,
  locale: z.enum(LOCALES).default("ja"),
  instrumentIds: z.array(IdSchema).max(200).default([]),
  workingHours: WeeklyHoursSchema,
});
export type CreateStaffMemberRequest = z.input<typeof CreateStaffMemberRequestSchema>;

/** Staff may change their own working hours; everything else is for their institution's admins. */
export const UpdateStaffMemberRequestSchema = z
  .object({
    displayName: text().trim().min(1).max(LIMITS.nameMaxLength).optional(),
    instrumentIds: z.array(IdSchema).max(200).optional(),
    workingHours: WeeklyHoursSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change" });

export const StaffMemberResponseSchema = z.object({ staffMember: StaffMemberSchema });

export const TimeOffSchema = z.object({ id: z.number().int(), staffMemberId: z.number().int(), start: text(), end: text(), reason: text() });
export type TimeOff = z.infer<typeof TimeOffSchema>;

/** Time off in hours (`start`/`end` instants) or whole local days (`startDate`..`endDate`, inclusive). */
export const CreateTimeOffRequestSchema = z
  .object({
    start: InstantSchema.optional(),
    end: InstantSchema.optional(),
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
    reason: Reason.optional(),
  })
  .refine((b) => (b.start && b.end && !b.startDate && !b.endDate) || (b.startDate && b.endDate && !b.start && !b.end), {
    message: "Give either start and end, or startDate and endDate",
  })
  .refine((b) => (b.start && b.end ? Date.parse(b.end) > Date.parse(b.start) : b.endDate! >= b.startDate!), { message: "The end must be after the start", path: ["end"] })
  .refine((b) => (b.start && b.end ? Date.parse(b.end) - Date.parse(b.start) : Date.parse(b.endDate!) - Date.parse(b.startDate!)) <= 366 * 86_400_000, {
    message: "At most one year at a time",
    path: ["end"],
  });

export const RangeQuerySchema = z
  .object({ from: InstantSchema, to: InstantSchema })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: "to must be after from", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= LIMITS.availabilityMaxDays * 86_400_000, {
    message: `at most ${LIMITS.availabilityMaxDays} days per request`,
    path: ["to"],
  });

/** Time off between `from` and `to` (≤ 62 days), or `scope=upcoming`: everything not yet ended, paged, by start. */
export const TimeOffListQuerySchema = PaginationQuerySchema.extend({
  scope: z.enum(["upcoming"]).optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
})
  .refine((q) => (q.scope ? !q.from && !q.to : Boolean(q.from && q.to)), { message: "Give scope=upcoming, or from and to" })
  .refine((q) => q.scope || RangeQuerySchema.safeParse({ from: q.from, to: q.to }).success, {
    message: `to must be after from, at most ${LIMITS.availabilityMaxDays} days later`,
    path: ["to"],
  });
export type TimeOffListQuery = z.output<typeof TimeOffListQuerySchema>;

/** `total`, `page` and `pageSize` come with `scope=upcoming`. */
export const TimeOffListResponseSchema = z.object({
  items: z.array(TimeOffSchema),
  total: z.number().int().optional(),
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
});

export const StaffTimeOffParamsSchema = z.object({ id: IdSchema, timeOffId: IdSchema });

export const ScheduleItemSchema = ReservationSchema.extend({ assignedToMe: z.boolean() });

export const ScheduleMeetingSchema = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  kind: z.enum(CONSULTATION_MEETING_KINDS),
  start: text(),
  end: text(),
  /** The consultation's summary and the company that asked. */
  summary: text(),
  companyName: text(),
});

/** A staff member's week or day: working hours, time off, their assignments and the bookings on their instruments. */
export const ScheduleResponseSchema = z.object({
  timezone: text(),
  from: text(),
  to: text(),
  working: z.array(z.object({ start: text(), end: text() })),
  timeOff: z.array(TimeOffSchema),
  /** Maintenance and closure windows on the supported instruments or the whole institution. */
  blackouts: z.array(BlackoutSchema),
  items: z.array(ScheduleItemSchema),
  /** Calls and visits the staff member proposed on consultations (not cancelled ones): their time is held. */
  meetings: z.array(ScheduleMeetingSchema),
});

export const TodayResponseSchema = z.object({ timezone: text(), date: text(), items: z.array(ScheduleItemSchema) });

export const AssistanceListQuerySchema = z.object({
  status: z.enum(["assigned", "accepted", "unstaffed", "open"]).default("open"),
  mine: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  institutionId: IdSchema.optional(),
  scope: z.enum(["upcoming", "all"]).default("upcoming"),
});

export const DeclineRequestSchema = z.object({ reason: Reason.min(1) });

/** Hand over to a named colleague, or (without staffMemberId) to whoever is free; nobody free → unstaffed. */
export const ReassignRequestSchema = z.object({ staffMemberId: IdSchema.optional(), reason: Reason.optional() });

export const RecordSessionRequestSchema = z
  .object({
    outcome: z.enum(["completed", "no_show"]),
    actualStart: InstantSchema.optional(),
    actualEnd: InstantSchema.optional(),
    staffMinutes: z.number().int().min(0).max(24 * 60).optional(),
    note: text().trim().max(LIMITS.noteMaxLength).optional(),
  })
  .refine((b) => !(b.actualStart && b.actualEnd) || Date.parse(b.actualEnd) > Date.parse(b.actualStart), { message: "actualEnd must be after actualStart", path: ["actualEnd"] })
  .refine((b) => b.outcome === "completed" || (!b.actualStart && !b.actualEnd), { message: "A no-show has no actual times", path: ["actualStart"] });
