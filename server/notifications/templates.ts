import { DateTime } from "luxon";
import type { Locale } from "../../shared/enums";
import { MESSAGES, type Facts, type ReservationKind } from "./message-phrases";

/** What a message may mention: the booking as the recipient should recognise it, in the institution's zone. */
export interface MessageFacts {
  reservationId: number;
  instrument: { ja: string; en: string };
  institution: { ja: string; en: string };
  zone: string;
  startsAt: Date;
  endsAt: Date;
  companyName: string;
  /** The assigned staff member's name, if any (reminders). */
  staffName?: string | null;
  reason: string | null;
  /** Absolute base of links (PUBLIC_URL, or this server's local address): the reservation's page. */
  baseUrl: string | null;
}

export interface RenderedMessage {
  title: string;
  /** The in-app text; the e-mail's `text` adds the reservation number and the link. */
  body: string;
  text: string;
  html: string;
}

const FOOTER = {
  ja: (f: Facts) => [`予約番号：${f.reservationId}`, ...(f.baseUrl ? [`予約の詳細：${f.baseUrl}/reservations/${f.reservationId}`] : []), ...settingsLine("ja", f.baseUrl)],
  en: (f: Facts) => [`Reservation no. ${f.reservationId}`, ...(f.baseUrl ? [`Details: ${f.baseUrl}/reservations/${f.reservationId}`] : []), ...settingsLine("en", f.baseUrl)],
};

/** Every e-mail ends with a one-click link to the recipient's notification settings. */
export function settingsLine(locale: Locale, baseUrl: string | null): string[] {
  const link = baseUrl ? `${baseUrl}/settings/notifications` : null;
  if (locale === "ja") return [...(link ? [`通知設定の変更：${link}`] : []), "Equipment Share"];
  return [...(link ? [`Change what you are sent: ${link}`] : []), "Equipment Share"];
}

/** "2027年6月9日(水) 10:00–12:00 JST" or "Wed, 9 Jun 2027, 10:00–12:00 JST", in the institution's zone. */
export function localTimeRange(startsAt: Date, endsAt: Date, zone: string, locale: Locale): string {
  const start = DateTime.fromJSDate(startsAt, { zone }).setLocale(locale);
  const end = DateTime.fromJSDate(endsAt, { zone }).setLocale(locale);
  const day = locale === "ja" ? start.toFormat("yyyy年M月d日(ccc)") : start.toFormat("ccc, d LLL yyyy,");
  const endText = end.hasSame(start, "day") ? end.toFormat("HH:mm") : end.toFormat(locale === "ja" ? "M月d日 HH:mm" : "d LLL HH:mm");
  // Zone abbreviations depend on the runtime's ICU data; JST is the one every reader knows, others show the offset.
  const zoneName = zone === "Asia/Tokyo" ? "JST" : `UTC${start.toFormat("ZZ")}`;
  return `${day} ${start.toFormat("HH:mm")}–${endText} ${zoneName}`;
}

/** The message of one kind in one language: the subject names the instrument and the local date and time. */
export function renderMessage(kind: ReservationKind, locale: Locale, facts: MessageFacts): RenderedMessage {
  const f: Facts = {
    ...facts,
    when: localTimeRange(facts.startsAt, facts.endsAt, facts.zone, locale),
    name: facts.instrument[locale],
    place: facts.institution[locale],
  };
  const phrases = MESSAGES[kind][locale];
  const title = locale === "ja" ? `${phrases.subject}：${f.name} ${f.when}` : `${phrases.subject}: ${f.name}, ${f.when}`;
  const lines = phrases.lines(f);
  const footer = FOOTER[locale](f);
  const text = [...lines, "", ...footer].join("\n");
  return { title, body: lines.join("\n"), text, html: htmlDocument(locale, [...lines, ...footer]) };
}

/** The HTML part: each line a paragraph, escaped, links clickable. */
export function htmlDocument(locale: Locale, lines: string[]): string {
  const paragraph = (line: string) => `<p>${escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)}</p>`;
  return `<!doctype html><html lang="${locale}"><body>${lines.map(paragraph).join("")}</body></html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
