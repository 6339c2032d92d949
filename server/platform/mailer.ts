import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per message, so a message delivered twice is recognised as one. */
  messageId: string;
  /** An iTIP invitation (RFC 5546), sent as a text/calendar alternative with this METHOD. */
  calendar?: { method: string; content: string } | null;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Sends through SMTP_URL when set; otherwise writes each message as an .eml file to `mailDir` (data/mail/), so the
 * whole flow works without a mail server. The file is named after the Message-ID: a message sent again overwrites
 * its own file.
 */
export function createMailer(options: { smtpUrl?: string; mailFrom: string; mailDir: string }): Mailer {
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const { calendar, ...rest } = mail;
      const icalEvent = calendar ? { method: calendar.method.toLowerCase(), filename: "invite.ics", content: calendar.content } : undefined;
      const info = await transport.sendMail({ from: options.mailFrom, ...rest, icalEvent });
      if (options.smtpUrl) return;
      await fs.mkdir(options.mailDir, { recursive: true });
      const name = mail.messageId.replace(/[^A-Za-z0-9.@-]/g, "");
      await fs.writeFile(path.join(options.mailDir, `${name}.eml`), (info as unknown as { message: Buffer }).message);
    },
    close() {
      transport.close();
    },
  };
}
