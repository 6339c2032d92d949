import type { EntityManager } from "typeorm";
import type { Clock } from "../platform/clock";
import type { Database } from "../platform/db/database";
import { AuditEvent, Notification } from "../platform/db/entities";
import { loadReservationForMessages, recipientsOf, type LoadedReservation, type Recipient } from "./recipients";
import { loadPreferences, wantsEmail } from "./notification-settings";
import { enqueueMail } from "./outbox-writer";
import { factsOfReservation } from "./facts";
import { invitationFor } from "./invitations";
import { notifyAboutConsultation } from "./consultation-notices";
import { isMeetingEvent, notifyAboutMeeting } from "./meeting-notices";
import { notifyAboutQuote } from "./quote-notices";

interface About {
  reservation: LoadedReservation;
  facts: MessageFacts;
  now: Date;
  options: DispatchOptions;
}
import { renderMessage, type MessageFacts } from "./templates";

export interface DispatchOptions {
  /** Events claimed per transaction (default: 100 on PostgreSQL, 10 on SQLite). */
  batchSize?: number;
  /** PUBLIC_URL (or the server's local address), for the links in e-mails. */
  publicUrl?: string;
  /** The organizer address of calendar invitations (MAIL_FROM's address). */
  organizer?: string;
  /** Told about an event whose messages could not be written (a bug, not the database: that fails the whole step). */
  onError?: (event: AuditEvent, error: unknown) => void;
}

/**
 * On SQLite a dispatch step holds the one writer: bookings queue behind it. Ten events (a few milliseconds each)
 * keep that wait short; 100 held bookings for up to seconds under load (`npm run bench`, NOTIFY_WORKER on vs off).
 */
const SQLITE_BATCH = 10;

/**
 * One step of the dispatcher: claims audit events not yet handled, in id order, and in the same transaction writes
 * their in-app notifications and outbox e-mails and marks them handled. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
 * dispatchers in several processes take disjoint events; SQLite: `Database.write`, the single writer. A crash
 * before the commit leaves the events unhandled for the next step; nothing is written twice (and the unique
 * index on (audit_event_id, user_id) would refuse it). Answers how many events it handled.
 */
export async function dispatchOnce(db: Database, clock: Clock, options: DispatchOptions = {}): Promise<number> {
  return db.write(async (em) => {
    const events = await claimEvents(em, db.dialect, options.batchSize ?? (db.dialect === "postgres" ? 100 : SQLITE_BATCH));
    if (events.length === 0) return 0;
    const now = new Date(clock.now());
    for (const event of events) await notifyAboutOrSkip(em, event, now, options);
    await em
      .createQueryBuilder()
      .update(AuditEvent)
      .set({ notifiedAt: now })
      .whereInIds(events.map((e) => e.id))
      .execute();
    return events.length;
  });
}

function claimEvents(em: EntityManager, dialect: Database["dialect"], limit: number): Promise<AuditEvent[]> {
  const query = em.getRepository(AuditEvent).createQueryBuilder("e").where("e.notifiedAt IS NULL").orderBy("e.id", "ASC").limit(limit);
  if (dialect === "postgres") query.setLock("pessimistic_write").setOnLocked("skip_locked");
  return query.getMany();
}

/**
 * Each event in a savepoint: one that cannot be rendered is rolled back alone, reported and marked handled, so it
 * cannot hold back every later event.
 */
async function notifyAboutOrSkip(em: EntityManager, event: AuditEvent, now: Date, options: DispatchOptions): Promise<void> {
  try {
    await em.transaction((savepoint) => notifyAbout(savepoint, event, now, options));
  } catch (error) {
    if (!options.onError) throw error;
    options.onError(event, error);
  }
}

async function notifyAbout(em: EntityManager, event: AuditEvent, now: Date, options: DispatchOptions): Promise<void> {
  if (event.entityType === "consultation" && isMeetingEvent(event)) return notifyAboutMeeting(em, event, now, options.publicUrl ?? null);
  if (event.entityType === "consultation") return notifyAboutConsultation(em, event, now, options.publicUrl ?? null);
  if (event.entityType === "quote") return notifyAboutQuote(em, event, now, options.publicUrl ?? null);
  if (event.entityType !== "reservation") return;
  const reservation = await loadReservationForMessages(em, event.entityId);
  if (!reservation) return;
  const facts = factsOf(reservation, event, options);
  for (const recipient of await recipientsOf(em, event, reservation)) await deliver(em, event, recipient, { reservation, facts, now, options });
}

function factsOf(reservation: LoadedReservation, event: AuditEvent, options: DispatchOptions): MessageFacts {
  return factsOfReservation(reservation, event.reason, options.publicUrl ?? null);
}

/** The recipient's in-app notification and, in the same transaction, its e-mail in the outbox (unless switched off). */
async function deliver(em: EntityManager, event: AuditEvent, recipient: Recipient, about: About): Promise<void> {
  const { facts, now } = about;
  const message = renderMessage(recipient.kind, recipient.user.locale === "en" ? "en" : "ja", facts);
  const notification = await em.getRepository(Notification).save(
    em.getRepository(Notification).create({
      userId: recipient.user.id,
      auditEventId: event.id,
      kind: recipient.kind,
      reservationId: facts.reservationId,
      title: message.title.slice(0, 300),
      body: message.body,
      readAt: null,
      createdAt: now,
    }),
  );
  if (!wantsEmail(await loadPreferences(em, recipient.user.id), recipient.kind)) return;
  const messageId = `<notification-${notification.id}.${event.id}@equipment-share>`;
  const calendar = invitationFor(recipient, about.reservation, about.options);
  await enqueueMail(em, { recipient: recipient.user.email, subject: message.title, text: message.text, html: message.html, messageId, calendar }, now);
}
