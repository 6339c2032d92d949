import { DateTime } from "luxon";
import type { PdfLanguage } from "./invoice-pdf-labels";

/** Integer yen: "¥11,000", "-¥11,000" on credit notes. */
export function yen(amount: number): string {
  return `${amount < 0 ? "-" : ""}¥${Math.abs(amount).toLocaleString("en-US")}`;
}

/** A local date "yyyy-MM-dd": "2027年5月31日" or "31 May 2027". */
export function longDate(value: string | null, language: PdfLanguage): string {
  if (!value) return "—";
  return DateTime.fromISO(value).setLocale(language === "ja" ? "ja-JP" : "en-GB").toLocaleString(DateTime.DATE_FULL);
}

/** A line's date, compact: "2027/05/31" or "2027-05-31". */
export function shortDate(value: string | null, language: PdfLanguage): string {
  if (!value) return "—";
  return language === "ja" ? value.replaceAll("-", "/") : value;
}

/** The invoice's month "yyyy-MM": "2027年5月" or "May 2027". */
export function monthLabel(month: string, language: PdfLanguage): string {
  const date = DateTime.fromFormat(month, "yyyy-MM");
  return language === "ja" ? date.toFormat("yyyy年M月") : date.setLocale("en-GB").toFormat("LLLL yyyy");
}

/** "4 × 30分", "1 式", "2.5 L": time in billing units, a fee, or a consumable's own unit. */
export function quantityText(quantity: number, unit: string, language: PdfLanguage): string {
  const count = quantity.toLocaleString("en-US", { maximumFractionDigits: 3 });
  const minutes = /^(\d+)min$/.exec(unit);
  if (minutes) return language === "ja" ? `${count} × ${minutes[1]}分` : `${count} × ${minutes[1]} min`;
  if (unit === "item") return language === "ja" ? `${count} 式` : `${count}`;
  return `${count} ${unit}`;
}

/** The download's name: ASCII for old clients, the Japanese one in RFC 5987's filename* for the rest. */
export function pdfDisposition(number: string | null, id: number, language: PdfLanguage): string {
  const ref = number ?? `draft-${id}`;
  const ascii = `invoice-${ref}.pdf`;
  const local = language === "ja" ? `請求書_${ref}.pdf` : ascii;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(local)}`;
}
