import type { EntityManager } from "typeorm";
import type { Locale } from "../../shared/enums";
import type { NotificationKind } from "../../shared/schemas/notifications";
import { AuditEvent, Consultation, Institution, User } from "../platform/db/entities";
import { deliverConsultationNotice } from "./consultation-notices";
import { staffUsers } from "./recipients";
import { localTimeRange } from "./templates";

export type MeetingKind = Extract<NotificationKind, `consultation_meeting_${string}`>;

const PHRASES: Record<MeetingKind, Record<Locale, { subject: string; line: string }>> = {
  consultation_meeting_proposed: {
    ja: { subject: "技術相談の打合せが提案されました", line: "担当の技術職員が打合せを提案しました。日時をご確認ください。" },
    en: { subject: "Meeting proposed for a consultation", line: "The staff member proposed a meeting. Check the date and time." },
  },
  consultation_meeting_cancelled: {
    ja: { subject: "技術相談の打合せが取り消されました", line: "技術相談の打合せが取り消されました。" },
    en: { subject: "Consultation meeting cancelled", line: "A meeting for a consultation was cancelled." },
  },
};

const KIND_OF: Partial<Record<string, MeetingKind>> = {
  "consultation.meeting_proposed": "consultation_meeting_proposed",
  "consultation.meeting_cancelled": "consultation_meeting_cancelled",
};

const KIND_LABEL: Record<string, Record<Locale, string>> = { call: { ja: "電話・オンライン", en: "Call" }, visit: { ja: "訪問", en: "Visit" } };

/** Whether an audit event is about a consultation's meeting. */
export const isMeetingEvent = (event: AuditEvent): boolean => KIND_OF[event.action] !== undefined;

/** A proposed or cancelled call or visit reaches the company's members and the staff member (not whoever did it). */
export async function notifyAboutMeeting(em: EntityManager, event: AuditEvent, now: Date, baseUrl: string | null): Promise<void> {
  const kind = KIND_OF[event.action];
  const consultation = await em.getRepository(Consultation).findOneBy({ id: event.entityId });
  if (!kind || !consultation) return;
  const details = event.details ?? {};
  const staffMemberId = typeof details.staffMemberId === "number" ? details.staffMemberId : null;
  const users = [
    ...(await em.getRepository(User).findBy({ companyId: consultation.companyId, role: "company_member" })),
    ...(await staffUsers(em, staffMemberId === null ? [] : [staffMemberId])),
  ];
  const institution = event.institutionId === null ? null : await em.getRepository(Institution).findOneBy({ id: event.institutionId });
  const zone = institution?.timezone ?? "Asia/Tokyo";
  const extra = (locale: Locale) => {
    if (typeof details.start !== "string" || typeof details.end !== "string") return [];
    const when = localTimeRange(new Date(details.start), new Date(details.end), zone, locale);
    const what = KIND_LABEL[String(details.kind)]?.[locale] ?? "";
    return [locale === "ja" ? `${what}：${when}` : `${what}: ${when}`];
  };
  await deliverConsultationNotice(em, { event, consultation, users, kind, phrases: PHRASES[kind], extra, now, baseUrl });
}
