import { DateTime } from "luxon";
import type { InvitationRole, Locale } from "../../shared/enums";
import type { QueuedMail } from "../notifications";

export interface InvitationMailFacts {
  id: number;
  email: string;
  role: InvitationRole;
  /** The institution's or company's name in the mail's language; null for the coordinator. */
  organisation: string | null;
  inviter: string | null;
  url: string;
  expiresAt: Date;
}

const ROLE: Record<Locale, Record<InvitationRole, string>> = {
  ja: { institution_admin: "機関管理者", staff: "技術職員", company_admin: "企業管理者", company_member: "メンバー", coordinator: "事業コーディネーター" },
  en: { institution_admin: "institution admin", staff: "technical staff member", company_admin: "company admin", company_member: "member", coordinator: "coordinator" },
};

function lines(locale: Locale, f: InvitationMailFacts): { subject: string; body: string[] } {
  const until = DateTime.fromJSDate(f.expiresAt, { zone: "Asia/Tokyo" }).setLocale(locale).toLocaleString(DateTime.DATETIME_MED);
  const role = ROLE[locale][f.role];
  if (locale === "ja") {
    const where = f.organisation ? `${f.organisation}の` : "";
    return {
      subject: `Equipment Share への招待（${where}${role}）`,
      body: [
        `${f.inviter ? `${f.inviter} さんから、` : ""}Equipment Share に${where}${role}として招待されました。`,
        "次のリンクを開き、お名前とパスワードを設定してアカウントを作成してください。",
        f.url,
        `有効期限：${until}（日本時間）。リンクは一度だけ使えます。`,
        "心当たりがない場合は、このメールを破棄してください。",
      ],
    };
  }
  const where = f.organisation ? ` of ${f.organisation}` : "";
  return {
    subject: `Invitation to Equipment Share (${role}${where})`,
    body: [
      `${f.inviter ? `${f.inviter} has invited you` : "You are invited"} to Equipment Share as ${role}${where}.`,
      "Open this link to set your name and password and create your account:",
      f.url,
      `The link works once and expires on ${until} (Japan time).`,
      "If you did not expect this, ignore this message.",
    ],
  };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The invitation e-mail in the invitee's language (ja or en). */
export function invitationMail(locale: Locale, facts: InvitationMailFacts): QueuedMail {
  const { subject, body } = lines(locale, facts);
  const html = body.map((line) => (line === facts.url ? `<p><a href="${escapeHtml(line)}">${escapeHtml(line)}</a></p>` : `<p>${escapeHtml(line)}</p>`)).join("\n");
  return {
    recipient: facts.email,
    subject,
    text: [...body, "", "Equipment Share"].join("\n"),
    html: `${html}\n<p>Equipment Share</p>`,
    messageId: `<invitation-${facts.id}@equipment-share>`,
  };
}
