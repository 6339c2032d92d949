import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import { NOTIFICATION_LIMITS } from "../../shared/schemas/notification-settings";
import { Reservation, type User } from "../platform/db/entities";
import { loadPreferences } from "./notification-settings";
import { claimNotice, enqueueMail } from "./outbox-writer";
import { colleaguesFollowing, type LoadedReservation } from "./recipients";
import { renderMessage } from "./templates";
import { factsOfReservation } from "./facts";

const MINUTES_PER_DAY = 24 * 60;

/**
 * When a reminder `leadMinutes` before a session is due. Whole days keep the local time of day in the institution's
 * zone ("1 day before" a 09:00 session is 09:00 the day before, 23 or 25 hours earlier across a clock change);
 * other leads are exact durations.
 */
export function reminderMoment(startsAt: Date, leadMinutes: number, zone: string): number {
  if (leadMinutes % MINUTES_PER_DAY === 0) return DateTime.fromJSDate(startsAt, { zone }).minus({ days: leadMinutes / MINUTES_PER_DAY }).toMillis();
  return startsAt.getTime() - leadMinutes * 60_000;
}

/**
 * The reminder due now for one person: the shortest lead whose moment has come (a worker that was down sends the
 * latest reminder, not every one it missed), only if the booking existed before that moment.
 */
export function dueLead(leads: number[], r: Pick<Reservation, "startsAt" | "createdAt">, zone: string, now: number): number | null {
  const due = leads
    .filter((lead) => {
      const moment = reminderMoment(r.startsAt, lead, zone);
      return moment <= now && moment >= r.createdAt.getTime();
    })
    .sort((a, b) => a - b);
  return due[0] ?? null;
}

/** Writes the reminders due at `now` for confirmed sessions still to come; each is written once (its key). */
export async function writeDueReminders(em: EntityManager, now: number, baseUrl: string | null): Promise<number> {
  const horizon = new Date(now + (NOTIFICATION_LIMITS.maxReminderMinutes + MINUTES_PER_DAY) * 60_000);
  const upcoming = (await em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .innerJoinAndSelect("r.instrument", "instrument")
    .innerJoinAndSelect("instrument.institution", "institution")
    .innerJoinAndSelect("r.company", "company")
    .innerJoinAndSelect("r.user", "user")
    .leftJoinAndSelect("r.assignedStaff", "staff")
    .leftJoinAndSelect("staff.user", "staffUser")
    .where("r.status = :confirmed AND r.startsAt > :now AND r.startsAt <= :horizon", { confirmed: "confirmed", now: new Date(now), horizon })
    .orderBy("r.startsAt", "ASC")
    .getMany()) as LoadedReservation[];
  let written = 0;
  for (const reservation of upcoming) {
    const people = [reservation.user, ...(await colleaguesFollowing(em, reservation))].filter((u) => u.active);
    for (const user of people) if (await remind(em, reservation, user, now, baseUrl)) written++;
  }
  return written;
}

async function remind(em: EntityManager, r: LoadedReservation, user: User, now: number, baseUrl: string | null): Promise<boolean> {
  const zone = r.instrument.institution.timezone;
  const lead = dueLead((await loadPreferences(em, user.id)).reminderLeadMinutes, r, zone, now);
  if (lead === null) return false;
  const key = `reminder:${r.id}:${user.id}:${lead}:${r.startsAt.getTime()}`;
  if (!(await claimNotice(em, key))) return false;
  const message = renderMessage("booking_reminder", user.locale === "en" ? "en" : "ja", factsOfReservation(r, null, baseUrl));
  const messageId = `<reminder-${r.id}.${user.id}.${lead}.${r.startsAt.getTime()}@equipment-share>`;
  await enqueueMail(em, { recipient: user.email, subject: message.title, text: message.text, html: message.html, messageId }, new Date(now));
  return true;
}

