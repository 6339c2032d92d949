import { IsNull, type EntityManager } from "typeorm";
import type { Locale } from "../../shared/enums";
import type { NotificationKind } from "../../shared/schemas/notifications";
import { AuditEvent, Consultation, ConsultationRoute, Quote, User } from "../platform/db/entities";
import { deliverConsultationNotice } from "./consultation-notices";
import { staffUsers } from "./recipients";

type QuoteKind = Extract<NotificationKind, `quote_${string}`>;

const PHRASES: Record<QuoteKind, Record<Locale, { subject: string; line: string }>> = {
  quote_issued: { ja: { subject: "見積が届きました", line: "技術相談に見積が発行されました。内容を確認し、承諾または辞退してください。" }, en: { subject: "You have a quote", line: "A quote was issued for your consultation. Review it, then accept or decline it." } },
  quote_accepted: { ja: { subject: "見積が承諾されました", line: "企業が見積を承諾しました。見積に沿って予約が入ります。" }, en: { subject: "Quote accepted", line: "The company accepted the quote. Bookings from it will follow." } },
  quote_declined: { ja: { subject: "見積が辞退されました", line: "企業が見積を辞退し、相談は終了しました。" }, en: { subject: "Quote declined", line: "The company declined the quote; the consultation is closed." } },
};

const KIND_OF: Partial<Record<string, QuoteKind>> = { "quote.issued": "quote_issued", "quote.accepted": "quote_accepted", "quote.declined": "quote_declined" };

const yen = (amount: number, locale: Locale) => (locale === "ja" ? `${amount.toLocaleString("ja-JP")}円` : `¥${amount.toLocaleString("en-GB")}`);

/** The quoting institution's side: the staff assigned on its route and its admins. */
async function institutionSide(em: EntityManager, quote: Quote): Promise<User[]> {
  const route = await em.getRepository(ConsultationRoute).findOneBy({ consultationId: quote.consultationId, institutionId: quote.institutionId, removedAt: IsNull() });
  const staff = route?.assignedStaffMemberId ? await staffUsers(em, [route.assignedStaffMemberId]) : [];
  const admins = await em.getRepository(User).findBy({ role: "institution_admin", institutionId: quote.institutionId });
  return [...staff, ...admins];
}

function extraLines(kind: QuoteKind, quote: Quote, reason: string | null): (locale: Locale) => string[] {
  return (locale) => {
    const ja = locale === "ja";
    const lines = [ja ? `見積 第${quote.version}版 合計（税込）${yen(quote.total, locale)}` : `Quote version ${quote.version}, total incl. tax ${yen(quote.total, locale)}`];
    if (kind === "quote_issued") lines.push(ja ? `有効期限：${quote.validUntil}` : `Valid until ${quote.validUntil}`);
    if (kind === "quote_declined" && reason) lines.push(ja ? `理由：${reason}` : `Reason: ${reason}`);
    return lines;
  };
}

/** Issued quotes reach the company's members; answers reach the quoting institution's assigned staff and admins. */
export async function notifyAboutQuote(em: EntityManager, event: AuditEvent, now: Date, baseUrl: string | null): Promise<void> {
  const kind = KIND_OF[event.action];
  if (!kind) return;
  const quote = await em.getRepository(Quote).findOneBy({ id: event.entityId });
  const consultation = quote ? await em.getRepository(Consultation).findOneBy({ id: quote.consultationId }) : null;
  if (!quote || !consultation) return;
  const users = kind === "quote_issued"
    ? await em.getRepository(User).findBy({ companyId: quote.companyId, role: "company_member" })
    : await institutionSide(em, quote);
  await deliverConsultationNotice(em, { event, consultation, users, kind, phrases: PHRASES[kind], extra: extraLines(kind, quote, event.reason), now, baseUrl });
}
