import { DateTime } from "luxon";
import type { Locale } from "../../shared/enums";
import type { NotificationKind } from "../../shared/schemas/notifications";

/** What a message may mention: the booking as the recipient should recognise it, in the institution's zone. */
export interface MessageFacts {
  reservationId: number;
  instrument: { ja: string; en: string };
  institution: { ja: string; en: string };
  zone: string;
  startsAt: Date;
  endsAt: Date;
  companyName: string;
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

type Phrases = { subject: string; lines: (f: Facts) => string[] };
type Facts = MessageFacts & { when: string; name: string; place: string };

const REASON = { ja: (r: string | null) => (r ? [`理由：${r}`] : []), en: (r: string | null) => (r ? [`Reason: ${r}`] : []) };

const MESSAGES: Record<NotificationKind, Record<Locale, Phrases>> = {
  booking_confirmed: {
    ja: { subject: "予約が確定しました", lines: (f) => [`${f.name}（${f.place}）の予約が確定しました。`, `日時：${f.when}`] },
    en: { subject: "Booking confirmed", lines: (f) => [`Your booking of ${f.name} (${f.place}) is confirmed.`, `When: ${f.when}`] },
  },
  booking_pending: {
    ja: { subject: "予約を受け付けました（承認待ち）", lines: (f) => [`${f.name}（${f.place}）の予約を受け付けました。施設の承認をお待ちください。承認されるとお知らせします。`, `日時：${f.when}`] },
    en: { subject: "Booking received, awaiting approval", lines: (f) => [`Your booking of ${f.name} (${f.place}) was received and awaits the facility's approval. You will be notified when it is decided.`, `When: ${f.when}`] },
  },
  booking_approved: {
    ja: { subject: "予約が承認されました", lines: (f) => [`${f.name}（${f.place}）の予約が承認されました。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "Booking approved", lines: (f) => [`Your booking of ${f.name} (${f.place}) was approved.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  booking_rejected: {
    ja: { subject: "予約は承認されませんでした", lines: (f) => [`${f.name}（${f.place}）の予約は承認されませんでした。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "Booking rejected", lines: (f) => [`Your booking of ${f.name} (${f.place}) was rejected.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  booking_cancelled_by_facility: {
    ja: { subject: "施設により予約が取り消されました", lines: (f) => [`${f.name}（${f.place}）の予約は施設により取り消されました。別の日時で予約し直してください。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "Booking cancelled by the facility", lines: (f) => [`The facility cancelled your booking of ${f.name} (${f.place}). Please book another time.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  assistance_unstaffed: {
    ja: { subject: "担当スタッフが未定です", lines: (f) => [`${f.name}（${f.place}）の予約で依頼した支援の担当スタッフが見つかりません。施設が手配中です。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "No staff member for your booking", lines: (f) => [`Nobody is available yet for the assistance you asked for on ${f.name} (${f.place}). The facility is arranging it.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  staff_assigned: {
    ja: { subject: "担当に割り当てられました", lines: (f) => [`${f.companyName} の ${f.name} の予約の担当に割り当てられました。`, `日時：${f.when}`] },
    en: { subject: "You are assigned to a booking", lines: (f) => [`You are assigned to ${f.companyName}'s booking of ${f.name}.`, `When: ${f.when}`] },
  },
  staff_pending_booking: {
    ja: { subject: "承認待ちの予約があります", lines: (f) => [`${f.companyName} が ${f.name} を予約しました。承認または却下してください。`, `日時：${f.when}`] },
    en: { subject: "A booking awaits approval", lines: (f) => [`${f.companyName} booked ${f.name}; it awaits approval or rejection.`, `When: ${f.when}`] },
  },
  staff_booking_cancelled: {
    ja: { subject: "担当の予約が取り消されました", lines: (f) => [`担当していた ${f.companyName} の ${f.name} の予約が取り消されました。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "A booking you were assigned to was cancelled", lines: (f) => [`${f.companyName}'s booking of ${f.name}, which you were assigned to, was cancelled.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  admin_unstaffed: {
    ja: { subject: "担当スタッフのいない予約", lines: (f) => [`${f.companyName} の ${f.name} の予約に担当スタッフがいません。割り当ててください。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "A booking has no staff member", lines: (f) => [`${f.companyName}'s booking of ${f.name} has no staff member. Please assign someone.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
};

const FOOTER = {
  ja: (f: Facts) => [`予約番号：${f.reservationId}`, ...(f.baseUrl ? [`予約の詳細：${f.baseUrl}/reservations/${f.reservationId}`] : []), "Equipment Share"],
  en: (f: Facts) => [`Reservation no. ${f.reservationId}`, ...(f.baseUrl ? [`Details: ${f.baseUrl}/reservations/${f.reservationId}`] : []), "Equipment Share"],
};

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
export function renderMessage(kind: NotificationKind, locale: Locale, facts: MessageFacts): RenderedMessage {
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
  const html = `<!doctype html><html lang="${locale}"><body>${[...lines, ...footer].map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</body></html>`;
  return { title, body: lines.join("\n"), text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
