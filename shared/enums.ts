/** Domain vocabularies shared by the server, the client and the API schemas. */

export const ROLES = ["company_member", "staff", "institution_admin", "coordinator"] as const;
export type Role = (typeof ROLES)[number];

/** A company member's role within their company: the company admin invites members and edits the profile. */
export const COMPANY_ROLES = ["admin", "member"] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

/**
 * University; public research institutes, national (`national_institute`) or prefectural (`prefectural_tech_center`,
 * 公設試); KOSEN (高等専門学校); anything else (`other`).
 */
export const INSTITUTION_KINDS = ["university", "national_institute", "prefectural_tech_center", "kosen", "other"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INSTRUMENT_STATUSES = ["active", "maintenance", "retired"] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export const INSTRUMENT_CATEGORIES = [
  "electron_microscopy",
  "xray_diffraction",
  "nmr",
  "mass_spectrometry",
  "surface_analysis",
  "thermal_analysis",
  "optical_spectroscopy",
  "chromatography",
  "mechanical_testing",
  "additive_manufacturing",
  "cleanroom",
  "other",
] as const;
export type InstrumentCategory = (typeof INSTRUMENT_CATEGORIES)[number];

/** Human labels of categories in both languages; also indexed for catalogue search. */
export const CATEGORY_LABELS: Record<InstrumentCategory, { ja: string; en: string }> = {
  electron_microscopy: { ja: "電子顕微鏡", en: "Electron microscopy" },
  xray_diffraction: { ja: "X線回折", en: "X-ray diffraction" },
  nmr: { ja: "核磁気共鳴 (NMR)", en: "Nuclear magnetic resonance (NMR)" },
  mass_spectrometry: { ja: "質量分析", en: "Mass spectrometry" },
  surface_analysis: { ja: "表面分析", en: "Surface analysis" },
  thermal_analysis: { ja: "熱分析", en: "Thermal analysis" },
  optical_spectroscopy: { ja: "分光分析", en: "Optical spectroscopy" },
  chromatography: { ja: "クロマトグラフィー", en: "Chromatography" },
  mechanical_testing: { ja: "材料試験", en: "Mechanical testing" },
  additive_manufacturing: { ja: "3Dプリンタ・造形", en: "Additive manufacturing" },
  cleanroom: { ja: "クリーンルーム・微細加工", en: "Clean room and microfabrication" },
  other: { ja: "その他", en: "Other" },
};

export const RESERVATION_STATUSES = ["pending", "confirmed", "rejected", "cancelled", "completed", "no_show"] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** Statuses that hold an instrument slot and a staff member's time. */
export const ACTIVE_RESERVATION_STATUSES = ["pending", "confirmed"] as const satisfies readonly ReservationStatus[];

export const ASSISTANCE_TYPES = ["none", "operation", "training", "consultation"] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

/** Assistance types that need a staff member at the instrument for the whole slot. */
export const STAFFED_ASSISTANCE_TYPES = ["operation", "training", "consultation"] as const satisfies readonly AssistanceType[];

/**
 * Who a company is, which sets its rates: `sme` (an SME under the SME Basic Act), `company` (a large company),
 * `academic` (academic or public research), `other` (anything else, priced at the large-company rate:
 * `shared/rules/pricing.ts`). Declared at sign-up, trusted only once verified.
 */
export const CUSTOMER_TYPES = ["sme", "company", "academic", "other"] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** Whether the coordinator (or an admin of an institution the company books at) has checked the customer type. */
export const COMPANY_VERIFICATIONS = ["unverified", "verified"] as const;
export type CompanyVerification = (typeof COMPANY_VERIFICATIONS)[number];

/**
 * The industry groups of the SME Basic Act (中小企業基本法 第2条), whose thresholds differ: `manufacturing` stands
 * for manufacturing, construction, transport and every industry not listed separately.
 */
export const INDUSTRY_SECTORS = ["manufacturing", "wholesale", "services", "retail"] as const;
export type IndustrySector = (typeof INDUSTRY_SECTORS)[number];

/** Why a reservation waits for the facility: the instrument needs approval, or the company is not verified yet. */
export const PENDING_REASONS = ["approval_required", "company_unverified"] as const;
export type PendingReason = (typeof PENDING_REASONS)[number];

export const BLACKOUT_KINDS = ["maintenance", "closure"] as const;
export type BlackoutKind = (typeof BLACKOUT_KINDS)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const LOCALES = ["ja", "en"] as const;

/** Who an invitation makes its recipient: an institution's admin or staff, a company's admin or member, the coordinator. */
export const INVITATION_ROLES = ["institution_admin", "staff", "company_admin", "company_member", "coordinator"] as const;
export type InvitationRole = (typeof INVITATION_ROLES)[number];

/** An invitation is pending until accepted, revoked or past its expiry. */
export const INVITATION_STATES = ["pending", "accepted", "expired", "revoked"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export type Locale = (typeof LOCALES)[number];

export const PREFECTURES = [
  "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
  "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano",
  "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori",
  "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga",
  "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

/** What a calendar subscription shows: a company's bookings, my own, my duties, one instrument's busy time, an institution's bookings. */
export const CALENDAR_FEED_KINDS = ["company", "user", "staff", "instrument", "institution"] as const;
export type CalendarFeedKind = (typeof CALENDAR_FEED_KINDS)[number];

/**
 * Where a consultation (a company's request for technical advice) stands: `received` → `routed` (the coordinator
 * sent it to one or more institutions) → `assigned` (an institution admin gave it to a staff member) → `answered`
 * (the first staff reply) → `quoted` → `accepted` → `closed`; `declined` and `expired` follow a quote. The list is
 * open to more states: code that does not know a state treats it as open.
 */
export const CONSULTATION_STATUSES = ["received", "routed", "assigned", "answered", "quoted", "accepted", "declined", "expired", "closed"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Why a consultation was closed. */
export const CONSULTATION_CLOSE_REASONS = ["resolved", "withdrawn", "no_fit", "quote_declined", "quote_expired", "other"] as const;
export type ConsultationCloseReason = (typeof CONSULTATION_CLOSE_REASONS)[number];

/** A meeting staff propose on a consultation: a call, or a visit (the company at the lab or staff at the company). */
export const CONSULTATION_MEETING_KINDS = ["call", "visit"] as const;
export type ConsultationMeetingKind = (typeof CONSULTATION_MEETING_KINDS)[number];
