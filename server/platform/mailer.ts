import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";

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
 *
 * SMTP connections are pooled: opening one costs a TCP (and usually TLS) handshake and the server's greeting delay
 * (smtp-server waits 100 ms to catch early talkers, Postfix's postscreen longer), which one connection per message
 * paid for every e-mail. `close()` ends the pooled connections.
 */
export function createMailer(options: { smtpUrl?: string; mailFrom: string; mailDir: string }): Mailer {
  const transport = options.smtpUrl
    ? nodemailer.createTransport(smtpOptions(options.smtpUrl))
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

/**
 * The transport options of SMTP_URL: pooled unless the URL says `?pool=false`, and on plain or STARTTLS connections
 * a socket with Nagle's algorithm off. nodemailer writes the message's final "." line as a small segment of its
 * own; with Nagle on it waited for the server's delayed ACK (40 ms on Linux) before every "250 OK".
 */
export function smtpOptions(smtpUrl: string): SMTPPool.Options {
  const parsed = parseConnectionUrl(smtpUrl) as SMTPPool.Options;
  const options: SMTPPool.Options = { ...parsed, pool: parsed.pool ?? true };
  if (!options.secure) options.getSocket = (_options, callback) => connectWithoutNagle(options, callback);
  return options;
}

/** A connected socket for the pool (nodemailer's `getSocket` hook hands it over as `connection`). */
function connectWithoutNagle(options: SMTPPool.Options, callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 587 });
  socket.setNoDelay(true);
  socket.setTimeout(options.connectionTimeout ?? 120_000, () => socket.destroy(new Error("SMTP connection timeout")));
  socket.once("connect", () => {
    socket.setTimeout(0);
    socket.removeAllListeners("error");
    callback(null, { connection: socket });
  });
  socket.once("error", (error) => callback(error));
}
