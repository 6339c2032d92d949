import { In, IsNull, type EntityManager } from "typeorm";
import type { Locale } from "../../shared/enums";
import type { NotificationKind } from "../../shared/schemas/notifications";
import { AuditEvent, Consultation, ConsultationRoute, Notification, User } from "../platform/db/entities";
import { loadPreferences, wantsEmail } from "./notification-settings";
import { enqueueMail } from "./outbox-writer";
import { htmlDocument, settingsLine } from "./templates";
import { staffUsers } from "./recipients";

/** Meetings have their own notices (meeting-notices.ts). */
type ConsultationKind = Exclude<Extract<NotificationKind, `consultation_${string}`>, `consultation_meeting_${string}`>;

const PHRASES: Record<ConsultationKind, Record<Locale, { subject: string; line: string }>> = {
  consultation_received: { ja: { subject: "新しい技術相談", line: "企業から技術相談が届きました。回付先の機関を選んでください。" }, en: { subject: "New consultation", line: "A company asks for advice. Choose the institutions to route it to." } },
  consultation_routed: { ja: { subject: "技術相談が回付されました", line: "貴機関に技術相談が回付されました。担当者を指定してください。" }, en: { subject: "Consultation routed to you", line: "A consultation was routed to your institution. Assign a staff member." } },
  consultation_assigned: { ja: { subject: "技術相談の担当になりました", line: "あなたが技術相談の担当に指定されました。" }, en: { subject: "Consultation assigned to you", line: "You were assigned a consultation." } },
  consultation_message: { ja: { subject: "技術相談に新しいメッセージ", line: "技術相談に新しいメッセージがあります。" }, en: { subject: "New message in a consultation", line: "There is a new message in a consultation." } },
  consultation_closed: { ja: { subject: "技術相談が終了しました", line: "技術相談が終了しました。必要であれば再開できます。" }, en: { subject: "Consultation closed", line: "Your consultation was closed. You can reopen it if needed." } },
};

/** A file added to the need itself (one added to a message is told by the message's notice). */
const FILE_PHRASES: Record<Locale, { subject: string; line: string }> = {
  ja: { subject: "技術相談にファイルが追加されました", line: "技術相談にファイルが追加されました。" },
  en: { subject: "New file in a consultation", line: "A file was added to a consultation." },
};

const active = (users: User[]) => users.filter((u) => u.active);

/** The institution side of a message from the company: the assigned staff, or the admins where nobody is assigned. */
async function institutionSide(em: EntityManager, consultationId: number): Promise<User[]> {
  const routes = await em.getRepository(ConsultationRoute).findBy({ consultationId, removedAt: IsNull() });
  const assigned = routes.flatMap((r) => (r.assignedStaffMemberId === null ? [] : [r.assignedStaffMemberId]));
  const unassigned = routes.filter((r) => r.assignedStaffMemberId === null).map((r) => r.institutionId);
  const admins = unassigned.length ? await em.getRepository(User).findBy({ role: "institution_admin", institutionId: In(unassigned) }) : [];
  const people = [...(await staffUsers(em, assigned)), ...admins];
  return people.length ? people : em.getRepository(User).findBy({ role: "coordinator" });
}

/** Who hears about a consultation's event, and as what. */
async function recipients(em: EntityManager, event: AuditEvent, consultation: Consultation): Promise<{ users: User[]; kind: ConsultationKind; phrases?: typeof FILE_PHRASES }> {
  const details = event.details ?? {};
  const creator = () => em.getRepository(User).findBy({ id: consultation.createdById });
  switch (event.action) {
    case "consultation.received":
      return { users: await em.getRepository(User).findBy({ role: "coordinator" }), kind: "consultation_received" };
    case "consultation.routed": {
      const ids = Array.isArray(details.institutionIds) ? (details.institutionIds as number[]) : [];
      return { users: ids.length ? await em.getRepository(User).findBy({ role: "institution_admin", institutionId: In(ids) }) : [], kind: "consultation_routed" };
    }
    case "consultation.assigned":
      return { users: await staffUsers(em, typeof details.staffMemberId === "number" ? [details.staffMemberId] : []), kind: "consultation_assigned" };
    case "consultation.message_posted":
      return { users: details.side === "company" ? await institutionSide(em, consultation.id) : await creator(), kind: "consultation_message" };
    case "consultation.closed":
      return { users: await creator(), kind: "consultation_closed" };
    case "consultation.attachment_added": {
      // A message's files are told with the message; the need's, while no institution has it, with the need.
      const routed = await em.getRepository(ConsultationRoute).existsBy({ consultationId: consultation.id, removedAt: IsNull() });
      if (details.messageId !== null || (details.side === "company" && !routed)) return { users: [], kind: "consultation_message" };
      return { users: details.side === "company" ? await institutionSide(em, consultation.id) : await creator(), kind: "consultation_message", phrases: FILE_PHRASES };
    }
    default:
      return { users: [], kind: "consultation_message" };
  }
}

/** In-app notifications and outbox e-mails about a consultation's event; the e-mail links to the request page. */
export async function notifyAboutConsultation(em: EntityManager, event: AuditEvent, now: Date, baseUrl: string | null): Promise<void> {
  const consultation = await em.getRepository(Consultation).findOneBy({ id: event.entityId });
  if (!consultation) return;
  const { users, kind, phrases } = await recipients(em, event, consultation);
  const extra = phrases && typeof event.details?.fileName === "string" ? () => [String(event.details!.fileName)] : undefined;
  await deliverConsultationNotice(em, { event, consultation, users, kind, phrases: phrases ?? PHRASES[kind], extra, now, baseUrl });
}

export interface ConsultationNotice {
  event: AuditEvent;
  consultation: Consultation;
  users: User[];
  kind: NotificationKind;
  phrases: Record<Locale, { subject: string; line: string }>;
  /** Further lines of the body (after the request's summary), per locale. */
  extra?: (locale: Locale) => string[];
  now: Date;
  baseUrl: string | null;
}

/** Each active recipient (not the actor) once: the in-app notification and, unless switched off, the e-mail. */
export async function deliverConsultationNotice(em: EntityManager, notice: ConsultationNotice): Promise<void> {
  const { event, consultation, kind, now, baseUrl } = notice;
  const seen = new Set<number>();
  for (const user of active(notice.users)) {
    if (user.id === event.actorUserId || seen.has(user.id)) continue;
    seen.add(user.id);
    const locale: Locale = user.locale === "en" ? "en" : "ja";
    const phrase = notice.phrases[locale];
    const title = `${phrase.subject}${locale === "ja" ? "：" : ": "}${consultation.summary}`.slice(0, 300);
    const link = baseUrl ? [`${locale === "ja" ? "相談の詳細" : "Details"}: ${baseUrl}/consultations/${consultation.id}`] : [];
    const footer = [...link, ...settingsLine(locale, baseUrl)];
    const extra = notice.extra?.(locale) ?? [];
    const lines = [phrase.line, consultation.summary, ...extra];
    const notification = await em.getRepository(Notification).save(
      em.getRepository(Notification).create({ userId: user.id, auditEventId: event.id, kind, reservationId: null, title, body: [phrase.line, ...extra].join("\n"), readAt: null, createdAt: now }),
    );
    if (!wantsEmail(await loadPreferences(em, user.id), kind)) continue;
    const messageId = `<notification-${notification.id}.${event.id}@equipment-share>`;
    const text = [...lines, "", ...footer].join("\n");
    await enqueueMail(em, { recipient: user.email, subject: title, text, html: htmlDocument(locale, [...lines, ...footer]), messageId }, now);
  }
}
