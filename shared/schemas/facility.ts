import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { BLACKOUT_KINDS, INSTRUMENT_CATEGORIES } from "../enums";
import { IdSchema, InstantSchema, WeeklyHoursSchema } from "./common";
import { BookingRulesSchema, RatesSchema, SpecSchema, UsageModesSchema } from "./instruments";
import { ReservationSummarySchema } from "./reservations";

const Reason = text().trim().max(LIMITS.reasonMaxLength);
const Text = (max: number) => text().trim().max(max);

const UsageModesInputSchema = UsageModesSchema.refine((m) => m.selfUse || m.staffOperated || m.training, { message: "Offer at least one usage mode" });

/** The fields an admin keeps about an instrument (the status has its own endpoint), without defaults. */
const INSTRUMENT_FIELDS = {
  nameJa: Text(LIMITS.nameMaxLength).min(1),
  nameEn: Text(LIMITS.nameMaxLength).min(1),
  category: z.enum(INSTRUMENT_CATEGORIES),
  manufacturer: Text(200),
  model: Text(200),
  descriptionJa: Text(10_000),
  descriptionEn: Text(10_000),
  keywords: z.array(Text(100).min(1)).max(100),
  specs: z.array(SpecSchema).max(100),
  location: z.object({ building: Text(200), room: Text(100) }),
  openingHours: WeeklyHoursSchema,
  rules: BookingRulesSchema,
  usageModes: UsageModesInputSchema,
  rates: RatesSchema,
};

export const InstrumentInputSchema = z.object({
  ...INSTRUMENT_FIELDS,
  manufacturer: INSTRUMENT_FIELDS.manufacturer.default(""),
  model: INSTRUMENT_FIELDS.model.default(""),
  descriptionJa: INSTRUMENT_FIELDS.descriptionJa.default(""),
  descriptionEn: INSTRUMENT_FIELDS.descriptionEn.default(""),
  keywords: INSTRUMENT_FIELDS.keywords.default([]),
  specs: INSTRUMENT_FIELDS.specs.default([]),
  location: INSTRUMENT_FIELDS.location.default({ building: "", room: "" }),
});
export type InstrumentInput = z.input<typeof InstrumentInputSchema>;

export const CreateInstrumentRequestSchema = InstrumentInputSchema.extend({ institutionId: IdSchema.optional() });

/**
 * What to do with upcoming bookings a change would strand: `refuse` (409 `reservations_affected`, listing them),
 * `cancel` them with `notice` as the facility's reason, or `keep` them as exceptions to the new rules.
 */
export const AFFECTED_BOOKING_CHOICES = ["refuse", "cancel", "keep"] as const;

/**
 * Only the fields sent change. `openingHoursFrom` (a local date) schedules new `openingHours` from that day on;
 * the hours in force until then stay.
 */
export const UpdateInstrumentRequestSchema = z
  .object({
    ...INSTRUMENT_FIELDS,
    onAffected: z.enum(AFFECTED_BOOKING_CHOICES),
    notice: Reason,
    openingHoursFrom: z.iso.date(),
  })
  .partial()
  .refine((b) => Object.keys(b).some((k) => k in INSTRUMENT_FIELDS), { message: "Nothing to change" })
  .refine((b) => !b.openingHoursFrom || b.openingHours, { message: "openingHoursFrom needs openingHours", path: ["openingHoursFrom"] })
  .refine((b) => b.onAffected !== "cancel" || (b.notice ?? "").length > 0, { message: "Cancelling needs a notice to the companies", path: ["notice"] });
export type UpdateInstrumentRequest = z.input<typeof UpdateInstrumentRequestSchema>;

/**
 * Maintenance or retirement: refused with the affected reservations listed, unless `cancelAffected` is set,
 * in which case they are cancelled with `reason` as the notice to the companies.
 */
export const InstrumentStatusRequestSchema = z.object({
  status: z.enum(["active", "maintenance", "retired"]),
  reason: Reason.optional(),
  cancelAffected: z.boolean().default(false),
});

export const BlackoutSchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  instrumentId: z.number().int().nullable(),
  start: text(),
  end: text(),
  kind: z.enum(BLACKOUT_KINDS),
  reason: text(),
});
export type Blackout = z.infer<typeof BlackoutSchema>;

const WindowShape = { start: InstantSchema, end: InstantSchema };
const windowChecks = <S extends z.ZodType<{ start: string; end: string }>>(schema: S) =>
  schema
    .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: "end must be after start", path: ["end"] })
    .refine((b) => Date.parse(b.end) - Date.parse(b.start) <= 366 * 86_400_000, { message: "At most one year", path: ["end"] });

/** A window for one instrument, or (instrumentId null) for every instrument of the institution. */
export const CreateBlackoutRequestSchema = windowChecks(z.object({
  ...WindowShape,
  institutionId: IdSchema.optional(),
  instrumentId: IdSchema.nullable().default(null),
  kind: z.enum(BLACKOUT_KINDS),
  reason: Reason.default(""),
  cancelAffected: z.boolean().default(false),
}));

export const UpdateBlackoutRequestSchema = windowChecks(
  z.object({ ...WindowShape, kind: z.enum(BLACKOUT_KINDS).optional(), reason: Reason.optional(), cancelAffected: z.boolean().default(false) }),
);

export const BlackoutPreviewQuerySchema = windowChecks(z.object({ ...WindowShape, institutionId: IdSchema.optional(), instrumentId: IdSchema.optional() }));

export const BlackoutListQuerySchema = z.object({
  institutionId: IdSchema.optional(),
  instrumentId: IdSchema.optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
});

export const AffectedResponseSchema = z.object({ reservations: z.array(ReservationSummarySchema) });

export const BlackoutResponseSchema = z.object({ blackout: BlackoutSchema, cancelled: z.array(ReservationSummarySchema) });

export const ClosureSchema = z.object({ id: z.number().int(), institutionId: z.number().int(), date: text(), reason: text() });

export const CreateClosureRequestSchema = z.object({ date: z.iso.date(), reason: Reason.default(""), cancelAffected: z.boolean().default(false) });

export const ClosureParamsSchema = z.object({ id: IdSchema, closureId: IdSchema });

export const ClosureListQuerySchema = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export const ClosureResponseSchema = z.object({ closure: ClosureSchema, cancelled: z.array(ReservationSummarySchema) });
