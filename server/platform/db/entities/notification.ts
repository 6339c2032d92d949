import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** One message in a user's in-app inbox, written by the notification dispatcher from one audit event. */
@Entity()
@Index(["userId", "id"])
@Index(["auditEventId", "userId"], { unique: true })
export class Notification {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "integer" })
  userId: number;

  @Column({ type: "integer" })
  auditEventId: number;

  @Column({ type: "varchar", length: 40 })
  kind: string;

  @Column({ type: "integer", nullable: true })
  reservationId: number | null;

  @Column({ type: "varchar", length: 300 })
  title: string;

  @Column({ type: "text" })
  body: string;

  @Column({ type: INSTANT_TYPE, nullable: true })
  readAt: Date | null;
}

/** An e-mail waiting to be sent, written in the same transaction as its notification (a transactional outbox). */
@Entity()
@Index(["status", "nextAttemptAt"])
export class MailOutbox {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "varchar", length: 254 })
  recipient: string;

  @Column({ type: "varchar", length: 300 })
  subject: string;

  @Column({ type: "text" })
  text: string;

  @Column({ type: "text" })
  html: string;

  /** Stable per notification, so a message sent twice (at-least-once delivery) is recognised as one. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 200 })
  messageId: string;

  /** pending → sent, or failed after the last attempt. */
  @Column({ type: "varchar", length: 20, default: "pending" })
  status: string;

  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ type: INSTANT_TYPE })
  nextAttemptAt: Date;

  @Column({ type: INSTANT_TYPE, nullable: true })
  sentAt: Date | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  lastError: string | null;

  /** An iTIP invitation (RFC 5546) sent as a text/calendar part: its METHOD (REQUEST, CANCEL) and the VCALENDAR. */
  @Column({ type: "varchar", length: 10, nullable: true })
  calendarMethod: string | null;

  @Column({ type: "text", nullable: true })
  calendar: string | null;
}
