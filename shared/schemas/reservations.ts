import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { ASSISTANCE_TYPES, COMPANY_VERIFICATIONS, CUSTOMER_TYPES, PENDING_REASONS, RESERVATION_STATUSES } from "../enums";
import { IdSchema, InstantSchema, PaginationQuerySchema } from "./common";

export const AssistanceRequestSchema = z.object({
  type: z.enum(ASSISTANCE_TYPES),
  note: text().trim().max(LIMITS.noteMaxLength).optional(),
});

/** The hazard declaration of a sample the company declares harmless (shown to staff as "None declared"). */
export const NO_HAZARDS = "none";

export const CreateReservationRequestSchema = z
  .object({
    instrumentId: IdSchema,
    start: InstantSchema,
    end: InstantSchema,
    purpose: text().trim().min(1).max(LIMITS.purposeMaxLength),
    sampleDescription: text().trim().max(LIMITS.sampleDescriptionMaxLength).optional(),
    hazardDeclaration: text().trim().max(LIMITS.noteMaxLength).optional(),
    assistance: AssistanceRequestSchema.optional(),
    /** Staff and institution admins booking for an active company member (a phone or e-mail request). */
    onBehalfOf: z.object({ userId: IdSchema }).optional(),
    /** Book a session of the company's accepted quote: its price applies, within its quoted hours. */
    quoteId: IdSchema.optional(),
  })
  .refine((r) => Date.parse(r.end) > Date.parse(r.start), { message: "end must be after start", path: ["end"] });
export type CreateReservationRequest = z.input<typeof CreateReservationRequestSchema>;

export const ReasonRequestSchema = z.object({
  reason: text().trim().max(LIMITS.reasonMaxLength).optional(),
});

/**
 * `assigned`: a staff member was chosen and has not answered yet; `accepted`: they confirmed;
 * `unstaffed`: nobody is free (after a decline or a handover); the company sees this and the facility must act.
 */
export const ASSISTANCE_STATUSES = ["not_requested", "assigned", "accepted", "unstaffed"] as const;

export const SessionRecordSchema = z.object({
  actualStart: text().nullable(),
  actualEnd: text().nullable(),
  staffMinutes: z.number().int().nullable(),
  note: text().nullable(),
  recordedAt: text(),
});

export const ReservationSchema = z.object({
  id: z.number().int(),
  instrumentId: z.number().int(),
  instrument: z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text(), institutionId: z.number().int() }),
  companyId: z.number().int(),
  /** The customer type the price is based on, and whether it has been verified (staff see both on every booking). */
  company: z.object({
    id: z.number().int(),
    name: text(),
    customerType: z.enum(CUSTOMER_TYPES),
    verification: z.enum(COMPANY_VERIFICATIONS),
    /** How to reach the company (contact phone empty when none was given). */
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
  }),
  userId: z.number().int(),
  /** Who made the booking, and how to reach them. */
  booker: z.object({ id: z.number().int(), name: text(), email: text() }),
  /** The staff member who entered the booking for the company (a phone or e-mail request); null when the booker did. */
  enteredBy: z.object({ id: z.number().int(), name: text() }).nullable(),
  start: text(),
  end: text(),
  status: z.enum(RESERVATION_STATUSES),
  purpose: text(),
  sampleDescription: text(),
  hazardDeclaration: text(),
  assistance: z.object({
    type: z.enum(ASSISTANCE_TYPES),
    note: text(),
    status: z.enum(ASSISTANCE_STATUSES),
    staff: z.object({ id: z.number().int(), name: text() }).nullable(),
  }),
  assignedStaffId: z.number().int().nullable(),
  priceEstimateYen: z.number().int(),
  /** The accepted quote the session was booked from (its price applies); null for an ordinary booking. */
  quoteId: z.number().int().nullable(),
  /** The price rests on a customer type nobody has verified yet: shown as provisional (暫定). */
  priceProvisional: z.boolean(),
  /** Why a pending reservation waits: the instrument needs approval, or the company is unverified; null otherwise. */
  pendingReason: z.enum(PENDING_REASONS).nullable(),
  revision: z.number().int(),
  cancellationReason: text().nullable(),
  decisionReason: text().nullable(),
  /** Set once staff have recorded the session as completed or no-show. */
  session: SessionRecordSchema.nullable(),
  createdAt: text(),
  updatedAt: text(),
});
export type Reservation = z.infer<typeof ReservationSchema>;

export const ReservationResponseSchema = z.object({ reservation: ReservationSchema });

export const ReservationListQuerySchema = PaginationQuerySchema.extend({
  status: z.enum(RESERVATION_STATUSES).optional(),
  instrumentId: IdSchema.optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
  scope: z.enum(["upcoming", "past", "all"]).default("all"),
});

export const ReservationListResponseSchema = z.object({
  items: z.array(ReservationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A short view of a reservation, listed when a change would affect it. */
export const ReservationSummarySchema = z.object({
  id: z.number().int(),
  start: text(),
  end: text(),
  status: z.enum(RESERVATION_STATUSES),
  instrumentId: z.number().int(),
  instrumentName: text(),
  companyId: z.number().int(),
  companyName: text(),
  assistanceType: z.enum(ASSISTANCE_TYPES),
  assignedStaffId: z.number().int().nullable(),
});
export type ReservationSummary = z.infer<typeof ReservationSummarySchema>;

/** Staff searching the company member they book for: every word in the name, e-mail or company name. */
export const OnBehalfMembersQuerySchema = z.object({
  q: text().trim().max(LIMITS.searchQueryMaxLength).optional(),
});

export const OnBehalfMemberSchema = z.object({
  id: z.number().int(),
  name: text(),
  email: text(),
  /** The customer type sets the price the staff member quotes (provisional while the company is unverified). */
  company: z.object({ id: z.number().int(), name: text(), customerType: z.enum(CUSTOMER_TYPES), verification: z.enum(COMPANY_VERIFICATIONS) }),
});
export type OnBehalfMember = z.infer<typeof OnBehalfMemberSchema>;

export const OnBehalfMembersResponseSchema = z.object({ items: z.array(OnBehalfMemberSchema) });
