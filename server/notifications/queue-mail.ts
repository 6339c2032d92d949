import type { EntityManager } from "typeorm";
import { MailOutbox } from "../platform/db/entities";

export interface QueuedMail {
  recipient: string;
  subject: string;
  text: string;
  html: string;
  /** Stable and unique per message, e.g. `<invitation-12@equipment-share>`. */
  messageId: string;
}

/**
 * Puts an e-mail that is not about an audit event (an invitation) into the outbox, in the caller's transaction;
 * the worker sends it like every other message (at-least-once, with retries).
 */
export async function queueMail(em: EntityManager, mail: QueuedMail, now: number): Promise<void> {
  await em.getRepository(MailOutbox).insert({
    ...mail,
    subject: mail.subject.slice(0, 300),
    status: "pending",
    attempts: 0,
    nextAttemptAt: new Date(now),
  });
}
