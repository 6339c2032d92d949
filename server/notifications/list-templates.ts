import { DateTime } from "luxon";
import type { Locale } from "../../shared/enums";
import { htmlDocument, localTimeRange, settingsLine, type RenderedMessage } from "./templates";

/** One booking in an agenda or a digest. */
export interface ListedBooking {
  id: number;
  instrument: { ja: string; en: string };
  companyName: string;
  startsAt: Date;
  endsAt: Date;
  /** Needs staff and has none. */
  unstaffed: boolean;
}

export interface ListFacts {
  zone: string;
  /** The local day of the agenda, or the Monday of the digest's week. */
  day: DateTime;
  items: ListedBooking[];
  baseUrl: string | null;
}

const DAY = { ja: "yyyy年M月d日(ccc)", en: "ccc, d LLL yyyy" };

function line(item: ListedBooking, zone: string, locale: Locale, baseUrl: string | null): string {
  const flag = item.unstaffed ? (locale === "ja" ? "【担当未定】" : "[No staff yet] ") : "";
  const link = baseUrl ? ` ${baseUrl}/reservations/${item.id}` : "";
  return `・${flag}${localTimeRange(item.startsAt, item.endsAt, zone, locale)} ${item.instrument[locale]} — ${item.companyName} (#${item.id})${link}`;
}

function render(locale: Locale, title: string, intro: string, facts: ListFacts): RenderedMessage {
  const lines = [intro, ...facts.items.map((item) => line(item, facts.zone, locale, facts.baseUrl))];
  const footer = settingsLine(locale, facts.baseUrl);
  return { title, body: lines.join("\n"), text: [...lines, "", ...footer].join("\n"), html: htmlDocument(locale, [...lines, ...footer]) };
}

/** A staff member's sessions of one local day; the subject names the date, the count and the first instrument. */
export function renderAgenda(locale: Locale, facts: ListFacts): RenderedMessage {
  const day = facts.day.setLocale(locale).toFormat(DAY[locale]);
  const n = facts.items.length;
  const first = facts.items[0];
  const firstText = first ? `${first.instrument[locale]} ${DateTime.fromJSDate(first.startsAt, { zone: facts.zone }).toFormat("HH:mm")}` : "";
  if (locale === "ja") {
    return render(locale, `本日の予定 ${day}：${n}件${first ? `（最初：${firstText}）` : ""}`, n ? `${day} の担当予約は ${n} 件です。` : `${day} の担当予約はありません。`, facts);
  }
  const count = n === 1 ? "1 session" : `${n} sessions`;
  return render(locale, `Your agenda for ${day}: ${count}${first ? ` (first: ${firstText})` : ""}`, n ? `You have ${count} on ${day}.` : `Nothing is booked for you on ${day}.`, facts);
}

/** An admin's weekly list of the bookings awaiting approval. */
export function renderDigest(locale: Locale, facts: ListFacts): RenderedMessage {
  const week = facts.day.setLocale(locale).toFormat(DAY[locale]);
  const n = facts.items.length;
  if (locale === "ja") {
    return render(locale, `週次ダイジェスト（${week}の週）：承認待ち ${n}件`, n ? `承認待ちの予約が ${n} 件あります。` : "承認待ちの予約はありません。", facts);
  }
  const count = n === 1 ? "1 booking awaits" : `${n} bookings await`;
  return render(locale, `Weekly digest (week of ${week}): ${count} approval`, n ? `${count} your approval.` : "No booking awaits approval.", facts);
}
