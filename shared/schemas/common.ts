import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { LOCALES, WEEKDAYS } from "../enums";
import { minutesOfDay } from "../time/weekly-hours";

export const IdSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const IdParamsSchema = z.object({ id: IdSchema });

/** An instant in ISO 8601 with an explicit offset or Z; floating local times are refused. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const LocaleSchema = z.enum(LOCALES);

export const LocalizedTextSchema = z.object({ ja: text(), en: text() });

export const TimeOfDaySchema = text().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Use HH:mm (00:00–24:00)");

export const DailyWindowSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((w) => minutesOfDay(w.end) > minutesOfDay(w.start), { message: "end must be after start", path: ["end"] });

export const WeeklyHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.array(DailyWindowSchema).max(8));

export const PaginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
