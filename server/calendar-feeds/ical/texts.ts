import type { AssistanceType, BlackoutKind, CalendarFeedKind, Locale, ReservationStatus } from "../../../shared/enums";
import { GLOSSARY_EN, GLOSSARY_JA } from "../../../shared/glossary";

/** Everything a calendar feed says in words, in the feed owner's language. */
export interface FeedTexts {
  assistance: Record<AssistanceType, string>;
  status: Record<ReservationStatus, string>;
  /** Prefix of the summary for events that are not simply confirmed. */
  flag: Partial<Record<ReservationStatus, string>>;
  /** Prefix of the summary, and the staff line, of a booking that needs staff and has none. */
  unstaffed: { flag: string; staff: string };
  blackout: Record<BlackoutKind, string>;
  timeOff: string;
  /** A consultation's call or visit, before the consultation's summary. */
  meeting: Record<"call" | "visit", string>;
  labels: { note: string; instrument: string; company: string; bookedBy: string; purpose: string; sample: string; assistance: string; staff: string; status: string; reason: string; reservation: string };
  separator: string;
  colon: string;
  dash: string;
  paren: (text: string) => string;
  busySummary: (instrument: string) => string;
}

/** In a summary the usage mode stands in brackets after the instrument: "TEM (staff operation)". */
const lowerCase = <K extends string>(words: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(words).map(([k, v]) => [k, v.toLowerCase()])) as Record<K, string>;

const EN: FeedTexts = {
  assistance: lowerCase(GLOSSARY_EN.usageModes),
  status: GLOSSARY_EN.statuses,
  flag: { pending: "[Pending] ", rejected: "[Rejected] ", cancelled: "[Cancelled] " },
  unstaffed: { flag: "[No staff yet] ", staff: "Not assigned: the facility is arranging it" },
  blackout: { maintenance: "Maintenance", closure: "Closed" },
  timeOff: "Time off",
  meeting: { call: "Consultation call", visit: "Consultation visit" },
  labels: { note: "Note", instrument: "Instrument", company: "Company", bookedBy: "Booked by", purpose: "Purpose", sample: "Sample", assistance: "Assistance", staff: "Staff", status: "Status", reason: "Reason", reservation: "Reservation" },
  separator: ", ",
  colon: ": ",
  dash: " — ",
  paren: (text) => ` (${text})`,
  busySummary: (instrument) => `${instrument}: in use`,
};

const JA: FeedTexts = {
  assistance: GLOSSARY_JA.usageModes,
  status: GLOSSARY_JA.statuses,
  flag: { pending: "【承認待ち】", rejected: "【却下】", cancelled: "【キャンセル】" },
  unstaffed: { flag: "【担当未定】", staff: "未定（施設が手配中）" },
  blackout: { maintenance: "保守", closure: "休館" },
  timeOff: "休暇",
  meeting: { call: "技術相談の電話・オンライン打合せ", visit: "技術相談の訪問" },
  labels: { note: "メモ", instrument: "機器", company: "企業", bookedBy: "予約者", purpose: "目的", sample: "試料", assistance: "支援", staff: "担当職員", status: "状態", reason: "理由", reservation: "予約番号" },
  separator: " ",
  colon: "：",
  dash: "／",
  paren: (text) => `（${text}）`,
  busySummary: (instrument) => `${instrument}：使用中`,
};

export function feedTexts(locale: Locale): FeedTexts {
  return locale === "ja" ? JA : EN;
}

/** The name a new feed gets when its owner does not choose one. */
export function defaultFeedLabel(kind: CalendarFeedKind, locale: Locale, names: { company?: string; instrument?: string; institution?: string }): string {
  const ja = locale === "ja";
  const label = {
    company: ja ? `${names.company}の予約` : `${names.company} reservations`,
    user: ja ? `自分の予約（${names.company}）` : `My reservations (${names.company})`,
    staff: ja ? "担当業務と休暇" : "My assignments and time off",
    instrument: ja ? `${names.instrument}の使用状況` : `${names.instrument}: busy times`,
    institution: ja ? `${names.institution}の全予約` : `${names.institution}: all reservations`,
  }[kind];
  return label.slice(0, 100);
}
