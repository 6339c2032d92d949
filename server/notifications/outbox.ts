import type { EntityManager } from "typeorm";
import type { Clock } from "../platform/clock";
import type { Database } from "../platform/db/database";
import { MailOutbox } from "../platform/db/entities";
import type { Mailer } from "../platform/mailer";

export interface DeliveryOptions {
  batchSize?: number;
  /** After this many failed attempts a message is marked failed and left alone. */
  maxAttempts?: number;
  /** How long a claimed message is left to its claimer before another worker may try it (a crash mid-send). */
  leaseMs?: number;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 6 * 3600_000;

/** Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min… at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * One step of the mail worker: claims due messages (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: the single
 * writer) by moving their next attempt a lease ahead, then sends them outside any transaction and marks each sent,
 * or schedules a retry with exponential back-off. A crash after sending and before marking sends the message
 * again after the lease, with the same Message-ID (at-least-once).
 */
export async function deliverOnce(db: Database, clock: Clock, mailer: Mailer, options: DeliveryOptions = {}): Promise<{ sent: number; failed: number }> {
  const claimed = await db.write((em) => claimDue(em, db.dialect, clock.now(), options));
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      const calendar = message.calendarMethod && message.calendar ? { method: message.calendarMethod, content: message.calendar } : null;
      await mailer.send({ to: message.recipient, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId, calendar });
      await db.write((em) => em.getRepository(MailOutbox).update(message.id, { status: "sent", sentAt: new Date(clock.now()), lastError: null }));
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= (options.maxAttempts ?? 8);
      await db.write((em) =>
        em.getRepository(MailOutbox).update(message.id, {
          status: giveUp ? "failed" : "pending",
          nextAttemptAt: new Date(clock.now() + retryDelayMs(message.attempts)),
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        }),
      );
    }
  }
  return { sent, failed };
}

async function claimDue(em: EntityManager, dialect: Database["dialect"], now: number, options: DeliveryOptions): Promise<MailOutbox[]> {
  const query = em
    .getRepository(MailOutbox)
    .createQueryBuilder("m")
    .where("m.status = :pending", { pending: "pending" })
    .andWhere("m.nextAttemptAt <= :now", { now: new Date(now) })
    .orderBy("m.id", "ASC")
    .limit(options.batchSize ?? 20);
  if (dialect === "postgres") query.setLock("pessimistic_write").setOnLocked("skip_locked");
  const due = await query.getMany();
  if (due.length === 0) return [];
  const leaseUntil = new Date(now + (options.leaseMs ?? 5 * 60_000));
  await em
    .createQueryBuilder()
    .update(MailOutbox)
    .set({ attempts: () => "attempts + 1", nextAttemptAt: leaseUntil })
    .whereInIds(due.map((m) => m.id))
    .execute();
  return due.map((m) => Object.assign(m, { attempts: m.attempts + 1 }));
}
