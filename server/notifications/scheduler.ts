import type { Clock } from "../platform/clock";
import type { Database } from "../platform/db/database";
import { writeDueReminders } from "./reminders";
import { writeAgendas, writeDigests, writeUrgentUnstaffed } from "./scheduled-jobs";

export interface ScheduleOptions {
  /** PUBLIC_URL (or the server's local address), for the links in e-mails. */
  publicUrl?: string;
}

/**
 * One step of the scheduler: writes the time-driven e-mails due at the clock's now (reminders before sessions,
 * staff agendas, urgent warnings of unstaffed bookings, admins' weekly digests) to the outbox, each claimed by its
 * key in the same transaction, so every process may run it and each message is written once. Answers how many.
 */
export async function scheduleOnce(db: Database, clock: Clock, options: ScheduleOptions = {}): Promise<number> {
  const now = clock.now();
  const baseUrl = options.publicUrl ?? null;
  return db.write(async (em) => {
    let written = 0;
    written += await writeDueReminders(em, now, baseUrl);
    written += await writeUrgentUnstaffed(em, now, baseUrl);
    written += await writeAgendas(em, now, baseUrl);
    written += await writeDigests(em, now, baseUrl);
    return written;
  });
}
