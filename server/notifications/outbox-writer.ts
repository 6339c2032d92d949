import type { EntityManager } from "typeorm";
import { MailOutbox } from "../platform/db/entities";

export interface QueuedMail {
  recipient: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** An iTIP invitation to send along as a text/calendar part. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string } | null;
}

/** Puts an e-mail in the outbox, in the caller's transaction; the worker sends it after the commit. */
export async function enqueueMail(em: EntityManager, mail: QueuedMail, now: Date): Promise<void> {
  await em.getRepository(MailOutbox).insert({
    recipient: mail.recipient,
    subject: mail.subject.slice(0, 300),
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    status: "pending",
    attempts: 0,
    nextAttemptAt: now,
    calendarMethod: mail.calendar?.method ?? null,
    calendar: mail.calendar?.content ?? null,
  });
}

/**
 * Claims a scheduled message by its key, in the caller's transaction: true for the first claimer only. On
 * PostgreSQL a second process inserting the same key waits for the first to commit, then finds it taken.
 */
export async function claimNotice(em: EntityManager, key: string): Promise<boolean> {
  const postgres = em.connection.driver.options.type === "postgres";
  const rows: unknown[] = await em.query(
    `INSERT INTO "scheduled_notice" ("key") VALUES (${postgres ? "$1" : "?"}) ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
    [key],
  );
  return rows.length > 0;
}
