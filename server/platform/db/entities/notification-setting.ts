import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** A user's notification preferences; a user without a row has the defaults (shared/schemas/notification-settings.ts). */
@Entity()
export class NotificationSetting {
  @PrimaryColumn({ type: "integer" })
  userId: number;

  /** Kinds not wanted by e-mail, comma-separated (the inbox always has them). */
  @Column({ type: "varchar", length: 1000, default: "" })
  emailOff: string;

  /** Reminder lead times in minutes before a confirmed session, comma-separated; empty: no reminders. */
  @Column({ type: "varchar", length: 100, default: "1440,120" })
  reminderLeadMinutes: string;

  /** "HH:mm" in the institution's zone for the staff daily agenda; null: none (opt-in). */
  @Column({ type: "varchar", length: 5, nullable: true })
  agendaTime: string | null;

  @Column({ type: "boolean", default: false })
  weeklyDigest: boolean;

  /** Company members: also told about their colleagues' bookings. */
  @Column({ type: "boolean", default: false })
  colleagueBookings: boolean;

  @UpdateDateColumn({ type: INSTANT_TYPE })
  updatedAt: Date;
}

/**
 * A scheduled message (reminder, agenda, digest, urgent warning) that has been written to the outbox, keyed by what
 * it is about: inserted in the same transaction as the e-mail, so each is sent once whichever process gets there first.
 */
@Entity()
export class ScheduledNotice {
  @PrimaryColumn({ type: "varchar", length: 200 })
  key: string;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;
}
