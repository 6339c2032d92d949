import type { z } from "zod";
import { CreateInstrumentRequestSchema, LIMITS, type Instrument, type InstrumentCategory, type InstrumentInput } from "../../../../shared";
import { describeIssue, type FieldErrors } from "../../lib/form-errors";
import { fromRows, toRows, type WeekRows } from "../../ui/weekly-hours-form";

/** The editor's state: text inputs hold strings, lists are edited as lines. */
export interface InstrumentForm {
  nameJa: string;
  nameEn: string;
  category: InstrumentCategory;
  manufacturer: string;
  model: string;
  descriptionJa: string;
  descriptionEn: string;
  keywords: string;
  specs: { ja: string; en: string; value: string }[];
  building: string;
  room: string;
  openingHours: WeekRows;
  slotMinutes: string;
  minDurationMinutes: string;
  maxDurationMinutes: string;
  leadTimeHours: string;
  horizonDays: string;
  requiresApproval: boolean;
  selfUse: boolean;
  staffOperated: boolean;
  training: boolean;
  rateAcademic: string;
  rateCompany: string;
  rateSme: string;
  rateAssistance: string;
}

const WEEKDAY_HOURS = { start: "09:00", end: "17:00" };

export function emptyForm(): InstrumentForm {
  return {
    nameJa: "", nameEn: "", category: "other", manufacturer: "", model: "", descriptionJa: "", descriptionEn: "", keywords: "", specs: [],
    building: "", room: "",
    openingHours: toRows({ mon: [WEEKDAY_HOURS], tue: [WEEKDAY_HOURS], wed: [WEEKDAY_HOURS], thu: [WEEKDAY_HOURS], fri: [WEEKDAY_HOURS] }),
    slotMinutes: "60", minDurationMinutes: "60", maxDurationMinutes: "480", leadTimeHours: "24", horizonDays: "90", requiresApproval: false,
    selfUse: false, staffOperated: true, training: true, rateAcademic: "0", rateCompany: "0", rateSme: "0", rateAssistance: "0",
  };
}

export function formFromInstrument(i: Instrument): InstrumentForm {
  return {
    nameJa: i.nameJa, nameEn: i.nameEn, category: i.category, manufacturer: i.manufacturer, model: i.model,
    descriptionJa: i.descriptionJa, descriptionEn: i.descriptionEn, keywords: i.keywords.join(", "),
    specs: i.specs.map((s) => ({ ja: s.label.ja, en: s.label.en, value: s.value })),
    building: i.location.building, room: i.location.room,
    openingHours: toRows(i.openingHours),
    slotMinutes: String(i.rules.slotMinutes), minDurationMinutes: String(i.rules.minDurationMinutes), maxDurationMinutes: String(i.rules.maxDurationMinutes),
    leadTimeHours: String(i.rules.leadTimeHours), horizonDays: String(i.rules.horizonDays), requiresApproval: i.rules.requiresApproval,
    ...i.usageModes,
    rateAcademic: String(i.rates.academic), rateCompany: String(i.rates.company), rateSme: String(i.rates.sme), rateAssistance: String(i.rates.assistancePerHour),
  };
}

const num = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
const lines = (text: string, separator: RegExp) => text.split(separator).map((s) => s.trim()).filter(Boolean);

/** The request body the form stands for (photos are uploaded apart, in the photos panel). */
export function formToInput(f: InstrumentForm): InstrumentInput {
  return {
    nameJa: f.nameJa, nameEn: f.nameEn, category: f.category, manufacturer: f.manufacturer, model: f.model,
    descriptionJa: f.descriptionJa, descriptionEn: f.descriptionEn,
    keywords: [...new Set(lines(f.keywords, /[,、\n]/))],
    specs: f.specs.filter((s) => s.ja || s.en || s.value).map((s) => ({ label: { ja: s.ja.trim(), en: s.en.trim() }, value: s.value.trim() })),
    location: { building: f.building, room: f.room },
    openingHours: fromRows(f.openingHours),
    rules: {
      slotMinutes: num(f.slotMinutes), minDurationMinutes: num(f.minDurationMinutes), maxDurationMinutes: num(f.maxDurationMinutes),
      leadTimeHours: num(f.leadTimeHours), horizonDays: num(f.horizonDays), requiresApproval: f.requiresApproval,
    },
    usageModes: { selfUse: f.selfUse, staffOperated: f.staffOperated, training: f.training },
    rates: { academic: num(f.rateAcademic), company: num(f.rateCompany), sme: num(f.rateSme), assistancePerHour: num(f.rateAssistance) },
  };
}

/** Field keys as the editor names them ("rules.maxDurationMinutes", "usageModes"). */
function fieldKey(path: PropertyKey[]): string {
  const [head, second] = path.map(String);
  if (head === "rules" || head === "rates" || head === "location") return second ? `${head}.${second}` : head;
  return head ?? "form";
}

/** Validates with the shared request schema; each problem maps to a message key under `validation.`. */
export function checkInstrument(f: InstrumentForm): { ok: true; data: z.output<typeof CreateInstrumentRequestSchema> } | { ok: false; errors: FieldErrors } {
  const result = CreateInstrumentRequestSchema.safeParse(formToInput(f));
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = fieldKey(issue.path);
    if (errors[key]) continue;
    if (key === "rules.minDurationMinutes" && issue.code === "custom") errors[key] = { key: "wholeSlots" };
    else if (key === "rules.maxDurationMinutes" && issue.code === "custom") errors[key] = { key: "maxBelowMin" };
    else if (key === "rules.slotMinutes") errors[key] = { key: "oneOf", values: { choices: LIMITS.slotMinutesChoices.join(", ") } };
    else if (key === "usageModes") errors[key] = { key: "oneMode" };
    else if (issue.code === "invalid_type" && issue.expected === "number") errors[key] = { key: "number" };
    else if (issue.code === "too_small" && issue.origin === "number") errors[key] = { key: "min", values: { min: Number(issue.minimum) } };
    else if (issue.code === "too_big" && issue.origin === "number") errors[key] = { key: "max", values: { max: Number(issue.maximum) } };
    else errors[key] = describeIssue(issue);
  }
  return { ok: false, errors };
}
