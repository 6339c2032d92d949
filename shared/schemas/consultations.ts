import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { CONSULTATION_CLOSE_REASONS, CONSULTATION_MEETING_KINDS, CONSULTATION_STATUSES, LOCALES } from "../enums";
import { EmailSchema } from "./auth";
import { IdSchema, InstantSchema, PaginationQuerySchema } from "./common";
import { ConsultationAttachmentSchema } from "./consultation-files";

const IsoDateSchema = z.iso.date();
const Optional = (max: number) => text().trim().max(max).optional();

export const ConsultationStatusSchema = z.enum(CONSULTATION_STATUSES);
export const ConsultationCloseReasonSchema = z.enum(CONSULTATION_CLOSE_REASONS);

/** A company describes its need (`POST /api/consultations`). */
export const CreateConsultationRequestSchema = z.object({
  summary: text().trim().min(1).max(LIMITS.consultationSummaryMaxLength),
  details: text().trim().min(1).max(LIMITS.consultationTextMaxLength),
  material: Optional(LIMITS.consultationFieldMaxLength),
  wantToKnow: Optional(LIMITS.consultationTextMaxLength),
  sampleCount: z.number().int().min(1).max(100_000).optional(),
  sampleForm: Optional(LIMITS.consultationFieldMaxLength),
  desiredBy: IsoDateSchema.optional(),
  shareWithOtherInstitutions: z.boolean().default(false),
  preferredLanguage: z.enum(LOCALES).optional(),
  contact: z
    .object({
      name: Optional(LIMITS.nameMaxLength),
      email: EmailSchema.optional(),
      phone: text().trim().max(30).regex(/^[0-9+\-() ]*$/, "Digits, spaces, + - ( ) only").optional(),
    })
    .optional(),
  /** The instrument page or directory entry the request was sent from, named in the request. */
  instrumentId: IdSchema.optional(),
  capabilityId: IdSchema.optional(),
});
export type CreateConsultationRequest = z.input<typeof CreateConsultationRequestSchema>;

export const ConsultationListQuerySchema = PaginationQuerySchema.extend({
  status: ConsultationStatusSchema.optional(),
  /** `open`: everything not closed. */
  state: z.enum(["open", "closed"]).optional(),
});

export const RouteConsultationRequestSchema = z.object({ institutionIds: z.array(IdSchema).min(1).max(20) });
export const AssignConsultationRequestSchema = z.object({ staffMemberId: IdSchema });
export const ConsultationMessageRequestSchema = z.object({ body: text().trim().min(1).max(LIMITS.consultationTextMaxLength) });
export const AdviceTimeRequestSchema = z.object({
  minutes: z.number().int().min(1).max(24 * 60),
  date: IsoDateSchema,
  note: Optional(LIMITS.noteMaxLength),
});
export const CloseConsultationRequestSchema = z.object({
  reason: ConsultationCloseReasonSchema,
  outcomeSummary: Optional(LIMITS.consultationTextMaxLength),
  outcomeShared: z.boolean().default(false),
});
export const ConsultationMeetingRequestSchema = z
  .object({
    kind: z.enum(CONSULTATION_MEETING_KINDS),
    start: InstantSchema,
    end: InstantSchema,
    note: Optional(LIMITS.noteMaxLength),
  })
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: "end must be after start", path: ["end"] })
  .refine((m) => Date.parse(m.end) - Date.parse(m.start) <= LIMITS.consultationMeetingMaxMinutes * 60_000, { message: "At most 8 hours", path: ["end"] });

const Named = z.object({ id: z.number().int(), nameJa: text(), nameEn: text() });

export const ConsultationRouteSchema = z.object({
  institution: Named,
  routedAt: text(),
  assignedStaff: z.object({ staffMemberId: z.number().int(), name: text() }).nullable(),
  assignedAt: text().nullable(),
});

export const ConsultationSummarySchema = z.object({
  id: z.number().int(),
  status: ConsultationStatusSchema,
  summary: text(),
  company: Named,
  institutions: z.array(Named),
  assignedStaff: z.array(z.object({ staffMemberId: z.number().int(), name: text() })),
  desiredBy: text().nullable(),
  createdAt: text(),
  updatedAt: text(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummarySchema>;

export const ConsultationMessageSchema = z.object({
  id: z.number().int(),
  author: z.object({ userId: z.number().int(), name: text(), side: z.enum(["company", "institution", "coordinator"]) }),
  body: text(),
  attachments: z.array(ConsultationAttachmentSchema),
  createdAt: text(),
});
export type ConsultationMessage = z.infer<typeof ConsultationMessageSchema>;

export const AdviceTimeSchema = z.object({
  id: z.number().int(),
  staff: z.object({ staffMemberId: z.number().int(), name: text() }),
  institutionId: z.number().int(),
  minutes: z.number().int(),
  date: text(),
  note: text().nullable(),
});
export type AdviceTime = z.infer<typeof AdviceTimeSchema>;

export const ConsultationMeetingSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CONSULTATION_MEETING_KINDS),
  staff: z.object({ staffMemberId: z.number().int(), name: text() }),
  /** The staff member's institution: its zone is the meeting's. */
  institutionId: z.number().int(),
  start: text(),
  end: text(),
  note: text().nullable(),
  status: z.enum(["proposed", "cancelled"]),
  /** Whether the caller may cancel it (the staff member, or an admin of their institution, while it is proposed and not over). */
  canCancel: z.boolean(),
});
export type ConsultationMeeting = z.infer<typeof ConsultationMeetingSchema>;

/** A step of the request's history, as the company sees it. */
export const ConsultationTimelineEntrySchema = z.object({
  step: z.enum(["received", "routed", "assigned", "answered", "quoted", "accepted", "declined", "expired", "closed", "reopened"]),
  at: text(),
  institution: Named.nullable(),
});

export const ConsultationSchema = ConsultationSummarySchema.extend({
  details: text(),
  material: text().nullable(),
  wantToKnow: text().nullable(),
  sampleCount: z.number().int().nullable(),
  sampleForm: text().nullable(),
  shareWithOtherInstitutions: z.boolean(),
  preferredLanguage: z.enum(LOCALES),
  contact: z.object({ name: text().nullable(), email: text().nullable(), phone: text().nullable() }),
  instrument: Named.nullable(),
  capabilityId: z.number().int().nullable(),
  createdBy: z.object({ userId: z.number().int(), name: text() }),
  closedReason: ConsultationCloseReasonSchema.nullable(),
  outcomeSummary: text().nullable(),
  outcomeShared: z.boolean(),
  routes: z.array(ConsultationRouteSchema),
  messages: z.array(ConsultationMessageSchema),
  /** The need's own files (those of a message are listed with it). */
  attachments: z.array(ConsultationAttachmentSchema),
  adviceTime: z.array(AdviceTimeSchema),
  meetings: z.array(ConsultationMeetingSchema),
  timeline: z.array(ConsultationTimelineEntrySchema),
  can: z.object({
    route: z.boolean(),
    assign: z.boolean(),
    message: z.boolean(),
    logAdviceTime: z.boolean(),
    proposeMeeting: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
  }),
});
export type Consultation = z.infer<typeof ConsultationSchema>;

export const ConsultationResponseSchema = z.object({ consultation: ConsultationSchema });
/** A proposed or cancelled meeting, and the request page as it now is. */
export const ConsultationMeetingResponseSchema = z.object({ meeting: ConsultationMeetingSchema, consultation: ConsultationSchema });
export const ConsultationListResponseSchema = z.object({ items: z.array(ConsultationSummarySchema), total: z.number().int() });
