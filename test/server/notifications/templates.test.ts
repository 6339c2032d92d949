import { DateTime } from "luxon";
import { renderAgenda, renderDigest } from "../../../server/notifications/list-templates";
import { localTimeRange, renderMessage, type MessageFacts } from "../../../server/notifications/templates";
import { RESERVATION_KINDS } from "../../../server/notifications/message-phrases";

const facts: MessageFacts = {
  reservationId: 42,
  instrument: { ja: "電子顕微鏡 <SEM>", en: "Electron microscope <SEM>" },
  institution: { ja: "テスト大学", en: "Test University" },
  zone: "Asia/Tokyo",
  startsAt: new Date("2027-06-09T01:00:00Z"),
  endsAt: new Date("2027-06-09T03:00:00Z"),
  companyName: "Hoshino & Co.",
  reason: "Sample not compatible",
  baseUrl: "https://es.example",
};

describe.each(RESERVATION_KINDS)("%s", (kind) => {
  test.each(["ja", "en"] as const)("in %s: subject names the instrument and the local time; text and HTML say the same", (locale) => {
    const message = renderMessage(kind, locale, facts);
    expect(message.title).toContain(facts.instrument[locale]);
    expect(message.title).toContain(locale === "ja" ? "2027年6月9日(水) 10:00–12:00 JST" : "Wed, 9 Jun 2027, 10:00–12:00 JST");
    expect(message.text.startsWith(message.body)).toBe(true);
    expect(message.text).toContain(locale === "ja" ? "予約番号：42" : "Reservation no. 42");
    expect(message.text).toContain("https://es.example/reservations/42");
    expect(message.html).toContain(`<html lang="${locale}">`);
    expect(message.html).not.toContain("<SEM>");
    expect(message.html).toContain("&lt;SEM&gt;");
    if (locale === "ja") expect(message.body).toMatch(/[ぁ-ん]/);
    else expect(message.body).not.toMatch(/[ぁ-ん]/);
  });
});

test("decisions and facility cancellations carry the reason", () => {
  for (const kind of ["booking_rejected", "booking_cancelled_by_facility"] as const) {
    expect(renderMessage(kind, "en", facts).body).toContain("Reason: Sample not compatible");
    expect(renderMessage(kind, "ja", facts).body).toContain("理由：Sample not compatible");
    expect(renderMessage(kind, "en", { ...facts, reason: null }).body).not.toContain("Reason");
  }
});

test("times are local to the institution's zone, across DST and midnight", () => {
  expect(localTimeRange(new Date("2027-03-27T08:00:00Z"), new Date("2027-03-27T10:00:00Z"), "Europe/Berlin", "en")).toBe("Sat, 27 Mar 2027, 09:00–11:00 UTC+01:00");
  expect(localTimeRange(new Date("2027-03-28T08:00:00Z"), new Date("2027-03-28T10:00:00Z"), "Europe/Berlin", "en")).toBe("Sun, 28 Mar 2027, 10:00–12:00 UTC+02:00");
  expect(localTimeRange(new Date("2027-06-09T13:00:00Z"), new Date("2027-06-09T16:00:00Z"), "Asia/Tokyo", "ja")).toBe("2027年6月9日(水) 22:00–6月10日 01:00 JST");
});

describe("lists: the staff agenda and the admins' digest", () => {
  const items = [{ id: 7, instrument: facts.instrument, companyName: "Hoshino & Co.", startsAt: facts.startsAt, endsAt: facts.endsAt, unstaffed: true }];
  const day = DateTime.fromISO("2027-06-09", { zone: "Asia/Tokyo" });
  test.each(["ja", "en"] as const)("in %s: subjects name the date (and the first session), text and HTML escaped, a settings link", (locale) => {
    const agenda = renderAgenda(locale, { zone: "Asia/Tokyo", day, items, baseUrl: "https://es.example" });
    const digest = renderDigest(locale, { zone: "Asia/Tokyo", day, items, baseUrl: "https://es.example" });
    expect(agenda.title).toBe(locale === "ja" ? "本日の予定 2027年6月9日(水)：1件（最初：電子顕微鏡 <SEM> 10:00）" : "Your agenda for Wed, 9 Jun 2027: 1 session (first: Electron microscope <SEM> 10:00)");
    expect(digest.title).toBe(locale === "ja" ? "週次ダイジェスト（2027年6月9日(水)の週）：承認待ち 1件" : "Weekly digest (week of Wed, 9 Jun 2027): 1 booking awaits approval");
    for (const message of [agenda, digest]) {
      expect(message.text).toContain(locale === "ja" ? "【担当未定】" : "[No staff yet]");
      expect(message.text).toContain("https://es.example/reservations/7");
      expect(message.text).toContain("https://es.example/settings/notifications");
      expect(message.html).toContain("&lt;SEM&gt;");
      expect(message.html).not.toContain("<SEM>");
    }
    expect(renderAgenda(locale, { zone: "Asia/Tokyo", day, items: [], baseUrl: null }).body).toBe(locale === "ja" ? "2027年6月9日(水) の担当予約はありません。" : "Nothing is booked for you on Wed, 9 Jun 2027.");
  });
});
