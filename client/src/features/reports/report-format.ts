import { DateTime } from "luxon";

/** The fiscal year (April–March) a day falls in, in the programme's zone. */
export function currentFiscalYear(now: DateTime = DateTime.now().setZone("Asia/Tokyo")): number {
  return now.month >= 4 ? now.year : now.year - 1;
}

/** The fiscal years a switcher offers: this one and the five before it. */
export function fiscalYearChoices(current = currentFiscalYear()): number[] {
  return Array.from({ length: 6 }, (_, i) => current - i);
}

/** Minutes as hours with at most one decimal, in the reader's language. */
export function formatHours(minutes: number | null, locale: string): string {
  if (minutes === null) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}

export function formatNumber(value: number | null, locale: string): string {
  return value === null ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatShare(part: number, whole: number, locale: string): string {
  return whole === 0 ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(part / whole);
}
