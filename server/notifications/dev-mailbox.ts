import fs from "node:fs/promises";
import path from "node:path";

/** One .eml file of MAIL_DIR, as the development mailbox lists it. */
export interface MailboxEntry {
  name: string;
  subject: string;
  to: string;
  date: Date;
}

export interface MailboxMessage extends MailboxEntry {
  from: string;
  text: string;
  html: string | null;
  calendarMethod: string | null;
}

const EML_NAME = /^[A-Za-z0-9.@-]+\.eml$/;

/** The messages of `dir`, newest first (by the file's time); an absent directory is an empty mailbox. */
export async function listMailbox(dir: string, limit = 200): Promise<MailboxEntry[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => EML_NAME.test(n));
  const stats = await Promise.all(names.map(async (name) => ({ name, mtime: (await fs.stat(path.join(dir, name))).mtimeMs })));
  const newest = stats.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name)).slice(0, limit);
  return Promise.all(newest.map(async ({ name }) => {
    const message = await readMessage(dir, name);
    return { name, subject: message!.subject, to: message!.to, date: message!.date };
  }));
}

/** One message, parsed; null for a name that is not an .eml file of `dir`. */
export async function readMessage(dir: string, name: string): Promise<MailboxMessage | null> {
  if (!EML_NAME.test(name)) return null;
  const raw = await fs.readFile(path.join(dir, name)).catch(() => null);
  if (!raw) return null;
  // mailparser is a development dependency: loaded only here, never in production (the page is not served there).
  const { simpleParser } = await import("mailparser");
  const mail = await simpleParser(raw);
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : mail.to?.text ?? "";
  const calendar = mail.attachments.find((a) => a.contentType === "text/calendar");
  const method = calendar ? (calendar.headers.get("content-type") as { params?: { method?: string } } | undefined)?.params?.method ?? null : null;
  return {
    name,
    subject: mail.subject ?? "",
    to,
    from: mail.from?.text ?? "",
    date: mail.date ?? new Date(0),
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : null,
    calendarMethod: method ? method.toUpperCase() : null,
  };
}
