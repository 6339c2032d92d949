import type { NotificationKind } from "../../shared/schemas/notifications";
import type { Locale } from "../../shared/enums";
import type { MessageFacts } from "./templates";

/** Kinds about one reservation; the agenda and the digest list several (list-templates.ts). */
export type ReservationKind = Exclude<NotificationKind, "staff_agenda" | "admin_digest" | `consultation_${string}` | `quote_${string}`>;
export type Phrases = { subject: string; lines: (f: Facts) => string[] };
export type Facts = MessageFacts & { when: string; name: string; place: string };

const REASON = { ja: (r: string | null) => (r ? [`理由：${r}`] : []), en: (r: string | null) => (r ? [`Reason: ${r}`] : []) };

export const MESSAGES: Record<ReservationKind, Record<Locale, Phrases>> = {
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
    ja: { subject: "施設により予約がキャンセルされました", lines: (f) => [`${f.name}（${f.place}）の予約は施設によりキャンセルされました。別の日時で予約し直してください。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "Booking cancelled by the facility", lines: (f) => [`The facility cancelled your booking of ${f.name} (${f.place}). Please book another time.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  assistance_unstaffed: {
    ja: { subject: "担当職員が未定です", lines: (f) => [`${f.name}（${f.place}）の予約で依頼した支援の担当職員が見つかりません。施設が手配中です。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
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
    ja: { subject: "担当の予約がキャンセルされました", lines: (f) => [`担当していた ${f.companyName} の ${f.name} の予約がキャンセルされました。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "A booking you were assigned to was cancelled", lines: (f) => [`${f.companyName}'s booking of ${f.name}, which you were assigned to, was cancelled.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  admin_unstaffed: {
    ja: { subject: "担当職員のいない予約", lines: (f) => [`${f.companyName} の ${f.name} の予約に担当職員がいません。割り当ててください。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "A booking has no staff member", lines: (f) => [`${f.companyName}'s booking of ${f.name} has no staff member. Please assign someone.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  booking_cancelled: {
    ja: { subject: "予約をキャンセルしました", lines: (f) => [`${f.name}（${f.place}）の予約をキャンセルしました。カレンダーからも削除されます。`, `日時：${f.when}`, ...REASON.ja(f.reason)] },
    en: { subject: "Booking cancelled", lines: (f) => [`Your booking of ${f.name} (${f.place}) is cancelled; calendars that accepted the invitation remove it.`, `When: ${f.when}`, ...REASON.en(f.reason)] },
  },
  booking_reminder: {
    ja: { subject: "まもなく予約の時間です", lines: (f) => [`${f.name}（${f.place}）のご予約のお知らせです。`, `日時：${f.when}`, ...(f.staffName ? [`担当：${f.staffName}`] : [])] },
    en: { subject: "Reminder", lines: (f) => [`A reminder of your booking of ${f.name} (${f.place}).`, `When: ${f.when}`, ...(f.staffName ? [`Staff: ${f.staffName}`] : [])] },
  },
  admin_unstaffed_urgent: {
    ja: { subject: "【至急】48時間以内の予約に担当職員がいません", lines: (f) => [`${f.companyName} の ${f.name} の予約は48時間以内に始まりますが、担当職員がいません。至急割り当ててください。`, `日時：${f.when}`] },
    en: { subject: "Urgent: a booking within 48 hours has no staff member", lines: (f) => [`${f.companyName}'s booking of ${f.name} starts within 48 hours and has no staff member. Please assign someone now.`, `When: ${f.when}`] },
  },
};

export const RESERVATION_KINDS = Object.keys(MESSAGES) as ReservationKind[];
