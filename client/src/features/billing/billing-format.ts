import type { TFunction } from "i18next";
import { DateTime } from "luxon";

/** "3 × 30 min" for time in billing units, "1 item" for a fee, "2.5 L" for the rest. */
export function quantityLabel(quantity: number, unit: string, t: TFunction, language: string): string {
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(quantity);
  const minutes = /^(\d+)min$/.exec(unit);
  if (minutes) return `${count} ${t("units.minutes", { count: Number(minutes[1]) })}`;
  if (unit === "item") return `${count} ${t("units.item")}`;
  return `${count} ${unit}`;
}

/** This month in Tokyo, "yyyy-MM". */
export function currentMonth(zone = "Asia/Tokyo"): string {
  return DateTime.now().setZone(zone).toFormat("yyyy-MM");
}

/** The previous month of "yyyy-MM". */
export function previousMonth(month: string): string {
  return DateTime.fromFormat(month, "yyyy-MM").minus({ months: 1 }).toFormat("yyyy-MM");
}
