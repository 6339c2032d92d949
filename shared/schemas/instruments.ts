import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { INSTRUMENT_CATEGORIES, INSTRUMENT_STATUSES, PREFECTURES } from "../enums";
import { IdSchema, InstantSchema, LocalizedTextSchema, PaginationQuerySchema, WeeklyHoursSchema } from "./common";
import { InstitutionRefSchema } from "./institutions";
import { InstrumentPhotoSchema } from "./files";

export const BookingRulesSchema = z
  .object({
    slotMinutes: z.number().int().refine((m) => (LIMITS.slotMinutesChoices as readonly number[]).includes(m), {
      message: `slotMinutes must be one of ${LIMITS.slotMinutesChoices.join(", ")}`,
    }),
    minDurationMinutes: z.number().int().positive(),
    maxDurationMinutes: z.number().int().positive().max(LIMITS.maxReservationMinutes),
    leadTimeHours: z.number().int().min(0).max(24 * 90),
    horizonDays: z.number().int().min(1).max(LIMITS.maxBookingHorizonDays),
    requiresApproval: z.boolean(),
  })
  .refine((r) => r.maxDurationMinutes >= r.minDurationMinutes, { message: "max must be ≥ min", path: ["maxDurationMinutes"] })
  .refine((r) => r.minDurationMinutes % r.slotMinutes === 0 && r.maxDurationMinutes % r.slotMinutes === 0, {
    message: "durations must be whole slots",
    path: ["minDurationMinutes"],
  });
export type BookingRules = z.infer<typeof BookingRulesSchema>;

export const UsageModesSchema = z.object({
  selfUse: z.boolean(),
  staffOperated: z.boolean(),
  training: z.boolean(),
});
export type UsageModes = z.infer<typeof UsageModesSchema>;

/** Hourly rates in yen, by customer type, and the extra hourly fee for staff assistance. */
export const RatesSchema = z.object({
  academic: z.number().int().min(0),
  company: z.number().int().min(0),
  sme: z.number().int().min(0),
  assistancePerHour: z.number().int().min(0),
});
export type Rates = z.infer<typeof RatesSchema>;

export const SpecSchema = z.object({ label: LocalizedTextSchema, value: text() });

/** Why a search found an instrument: the catalogue words that matched, and needs answered by its techniques. */
export const SearchMatchSchema = z.object({
  terms: z.array(z.string()),
  via: z.array(z.object({ need: z.string(), technique: z.string(), techniqueId: z.string() })),
});
export type SearchMatch = z.infer<typeof SearchMatchSchema>;

export const InstrumentSchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  institution: InstitutionRefSchema,
  name: text(),
  nameJa: text(),
  nameEn: text(),
  category: z.enum(INSTRUMENT_CATEGORIES),
  categoryLabel: text(),
  manufacturer: text(),
  model: text(),
  description: text(),
  descriptionJa: text(),
  descriptionEn: text(),
  keywords: z.array(text()),
  specs: z.array(SpecSchema),
  location: z.object({ building: text(), room: text() }),
  /** The main photo's address (the first of `photos`), null without photos. */
  photoUrl: text().nullable(),
  photos: z.array(InstrumentPhotoSchema),
  status: z.enum(INSTRUMENT_STATUSES),
  openingHours: WeeklyHoursSchema,
  /** New opening hours scheduled from a local date on (the hours above stay in force until then). */
  openingHoursChange: z.object({ hours: WeeklyHoursSchema, from: text() }).nullable(),
  rules: BookingRulesSchema,
  usageModes: UsageModesSchema,
  rates: RatesSchema,
  staffSupported: z.boolean(),
  /** Only in search results for a query (`q`). */
  match: SearchMatchSchema.optional(),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

export const InstrumentListQuerySchema = PaginationQuerySchema.extend({
  q: text().trim().max(LIMITS.searchQueryMaxLength).optional(),
  category: z.enum(INSTRUMENT_CATEGORIES).optional(),
  institutionId: IdSchema.optional(),
  prefecture: z.enum(PREFECTURES).optional(),
  status: z.enum(INSTRUMENT_STATUSES).optional(),
  /** Only instruments with a bookable slot on this local date (in each institution's zone). */
  freeOn: z.iso.date().optional(),
});
export type InstrumentListQuery = z.input<typeof InstrumentListQuerySchema>;

export const InstrumentListResponseSchema = z.object({
  items: z.array(InstrumentSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** "Did you mean": with `q`, the closest known terms (thesaurus, instrument names) when it finds fewer than 3 instruments, or when a word of it is unknown to the catalogue and something is close. */
  suggestions: z.array(text()).optional(),
  /** With `q` and nothing found: the techniques and instrument categories the thesaurus links to the query (or to its suggestions), in the request's language. */
  related: z.array(text()).optional(),
});
export type InstrumentListResponse = z.infer<typeof InstrumentListResponseSchema>;

export const AvailabilityQuerySchema = z
  .object({
    from: InstantSchema,
    to: InstantSchema,
    /** Minutes: also list the start times that can hold a booking this long (`starts`). */
    duration: z.coerce.number().int().positive().max(LIMITS.maxReservationMinutes).optional(),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: "to must be after from", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= LIMITS.availabilityMaxDays * 86_400_000, {
    message: `at most ${LIMITS.availabilityMaxDays} days per request`,
    path: ["to"],
  });

export const SlotSchema = z.object({
  start: text(),
  end: text(),
  assistanceAvailable: z.boolean(),
});
export type Slot = z.infer<typeof SlotSchema>;

/** A bookable start for the asked duration; staff help only when one qualified person is free for all of it. */
export const StartTimeSchema = SlotSchema;
export type StartTime = z.infer<typeof StartTimeSchema>;

export const AvailabilityResponseSchema = z.object({
  timezone: text(),
  slotMinutes: z.number().int(),
  slots: z.array(SlotSchema),
  /** Only with `duration`: every start time at which that many minutes of consecutive free slots begin. */
  starts: z.array(StartTimeSchema).optional(),
});
export type AvailabilityResponse = z.infer<typeof AvailabilityResponseSchema>;

/** What the signed-in user may do on one instrument: book at all, and use it on their own (qualification). */
export const InstrumentAccessResponseSchema = z.object({
  canBook: z.boolean(),
  selfUseQualified: z.boolean(),
  qualificationExpiresAt: text().nullable(),
});
export type InstrumentAccess = z.infer<typeof InstrumentAccessResponseSchema>;
