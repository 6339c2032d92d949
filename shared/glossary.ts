import type { AssistanceType, CustomerType, ReservationStatus } from "./enums";

/**
 * The one glossary of domain words (docs/glossary.md explains the choices). The client dictionaries, the e-mails and
 * the calendar feeds take these words from here; test/shared/glossary.test.ts fails when a text uses one of the
 * `avoid` synonyms instead, or when a dictionary value bound to a term differs from it.
 */
export interface Term {
  ja: string;
  en: string;
  /** Other translations of the same word that must not appear in any text (plain substrings or regular expressions). */
  avoid?: { ja?: Array<string | RegExp>; en?: Array<string | RegExp> };
}

/** Usage modes (ASSISTANCE_TYPES): how a booking uses the instrument and the technical staff. */
export const USAGE_MODES: Record<AssistanceType, Term> = {
  none: { ja: "自己利用", en: "Self-use", avoid: { ja: ["セルフ利用"], en: [/\bself use\b/i] } },
  operation: {
    ja: "技術代行",
    en: "Staff operation",
    avoid: { ja: ["技術職員による操作", "スタッフ操作", "操作代行", "依頼測定"], en: [/staff-operated/i, /operated by staff/i] },
  },
  training: { ja: "利用講習", en: "Training", avoid: { ja: ["トレーニング", /(?<!利用)講習/] } },
  consultation: { ja: "技術相談", en: "Consultation" },
};

/** Customer types (CUSTOMER_TYPES), which set the rate. */
export const CUSTOMER_TYPE_TERMS: Record<CustomerType, Term> = {
  sme: { ja: "中小企業", en: "SME" },
  company: { ja: "大企業", en: "Large company" },
  academic: { ja: "学術・公的研究機関", en: "Academic / public research" },
  other: { ja: "その他", en: "Other" },
};

/** Reservation statuses (RESERVATION_STATUSES). */
export const STATUS_TERMS: Record<ReservationStatus, Term> = {
  pending: { ja: "承認待ち", en: "Pending approval" },
  confirmed: { ja: "確定", en: "Confirmed" },
  rejected: { ja: "却下", en: "Rejected" },
  cancelled: { ja: "キャンセル済み", en: "Cancelled" },
  completed: { ja: "利用済み", en: "Completed" },
  no_show: { ja: "無断不使用", en: "No-show", avoid: { ja: ["無断欠席", "無断不参加"] } },
};

/** Other domain words. */
export const TERMS = {
  reservation: { ja: "予約", en: "booking" },
  instrument: { ja: "機器", en: "instrument", avoid: { ja: ["装置"] } },
  technicalStaff: {
    ja: "技術職員",
    en: "technical staff",
    avoid: { ja: ["スタッフ"], en: [/\btechnicians?\b/i] },
  },
  /** A booking's cancellation (by the company or the facility); "revoke" (取り消し) is kept for invitations and qualifications. */
  cancel: { ja: "キャンセル", en: "cancel", avoid: { ja: [/予約[^。、\n]{0,6}取り?消/, "による取消"] } },
  revoke: { ja: "取り消し", en: "revoke" },
  approve: { ja: "承認", en: "approve" },
  reject: { ja: "却下", en: "reject" },
  qualification: { ja: "利用資格", en: "qualification" },
  maintenance: { ja: "保守", en: "maintenance", avoid: { ja: ["メンテナンス"] } },
  closure: { ja: "休館", en: "closed" },
  institution: { ja: "機関", en: "institution" },
  company: { ja: "企業", en: "company" },
} satisfies Record<string, Term>;

type Language = "ja" | "en";

/** The words of one language, in the shape the dictionaries use. */
export function glossaryIn(language: Language) {
  const pick = <K extends string>(terms: Record<K, Term>) =>
    Object.fromEntries(Object.entries<Term>(terms).map(([key, term]) => [key, term[language]])) as Record<K, string>;
  return { usageModes: pick(USAGE_MODES), customerTypes: pick(CUSTOMER_TYPE_TERMS), statuses: pick(STATUS_TERMS), terms: pick(TERMS) };
}

export const GLOSSARY_JA = glossaryIn("ja");
export const GLOSSARY_EN = glossaryIn("en");

/** Every term, for the consistency test. */
export const ALL_TERMS: Array<[string, Term]> = [
  ...Object.entries(USAGE_MODES).map(([k, t]) => [`usageModes.${k}`, t] as [string, Term]),
  ...Object.entries(CUSTOMER_TYPE_TERMS).map(([k, t]) => [`customerTypes.${k}`, t] as [string, Term]),
  ...Object.entries(STATUS_TERMS).map(([k, t]) => [`statuses.${k}`, t] as [string, Term]),
  ...Object.entries(TERMS).map(([k, t]) => [`terms.${k}`, t as Term] as [string, Term]),
];
