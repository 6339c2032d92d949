import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import { DEFAULT_REMINDER_MINUTES, NOTIFICATION_LIMITS } from "../../shared/schemas/notification-settings";
import { NotificationSetting, Reservation, ScheduledNotice, User } from "../platform/db/entities";
import { parseLeads, preferencesOf } from "./notification-settings";
import { claimNotice, enqueueMail } from "./outbox-writer";
import { loadReservationForMessages, type LoadedReservation } from "./recipients";
import { renderMessage } from "./templates";
import { factsOfReservation } from "./facts";
import { inChunks } from "../platform/db/in-chunks";

const MINUTES_PER_DAY = 24 * 60;
const CLOCK_CHANGE_SLACK_MS = 3 * 60 * 60_000;

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
      // A whole-day lead's moment is within a clock change (an hour or less) of the plain duration: one whose plain
      // moment is hours ahead is not due, without the costlier arithmetic in the zone.
      if (r.startsAt.getTime() - lead * 60_000 - CLOCK_CHANGE_SLACK_MS > now) return false;
      const moment = reminderMoment(r.startsAt, lead, zone);
      return moment <= now && moment >= r.createdAt.getTime();
    })
    .sort((a, b) => a - b);
  return due[0] ?? null;
}

/** A confirmed session still to come, with only what deciding a reminder needs. */
interface Upcoming {
  id: number;
  startsAt: Date;
  createdAt: Date;
  userId: number;
  companyId: number;
  zone: string;
}

/** A reminder due for one person on one session, not yet written. */
interface Due {
  reservationId: number;
  userId: number;
  lead: number;
  key: string;
}

/**
 * Writes the reminders due at `now` for confirmed sessions still to come; each is written once (its key).
 * It runs every minute in the write queue, so it decides in a few set-wise reads (the sessions of the horizon, the
 * colleagues who follow them, everyone's lead times, the keys already written) and loads a session whole only
 * when a reminder for it is really to be written: one query per session and person had held the writer for
 * seconds at 10,000 instruments.
 */
export async function writeDueReminders(em: EntityManager, now: number, baseUrl: string | null): Promise<number> {
  const upcoming = await upcomingSessions(em, now);
  if (upcoming.length === 0) return 0;
  const followers = await followersByCompany(em, [...new Set(upcoming.map((r) => r.companyId))]);
  const people = new Map<number, User>();
  for (const user of await usersByIds(em, [...new Set(upcoming.map((r) => r.userId))])) people.set(user.id, user);
  for (const users of followers.values()) for (const user of users) people.set(user.id, user);
  const leads = await leadsByUser(em, [...people.keys()]);
  const due: Due[] = [];
  for (const r of upcoming) {
    const recipients = [people.get(r.userId), ...(followers.get(r.companyId) ?? []).filter((u) => u.id !== r.userId)];
    for (const user of recipients) {
      if (!user?.active) continue;
      const lead = dueLead(leads.get(user.id) ?? preferencesOf(null).reminderLeadMinutes, r, r.zone, now);
      if (lead !== null) due.push({ reservationId: r.id, userId: user.id, lead, key: reminderKey(r, user.id, lead) });
    }
  }
  const written = await writtenKeys(em, due.map((d) => d.key));
  let count = 0;
  for (const d of due.filter((item) => !written.has(item.key))) {
    const reservation = await loadReservationForMessages(em, d.reservationId);
    if (reservation && (await remind(em, reservation, people.get(d.userId)!, d, now, baseUrl))) count++;
  }
  return count;
}

/** The longest reminder lead anyone has (the defaults count for those who never saved settings): how far ahead to read. */
async function longestLeadInUse(em: EntityManager): Promise<number> {
  const saved: Array<{ leads: string }> = await em
    .getRepository(NotificationSetting)
    .createQueryBuilder("s")
    .select("s.reminderLeadMinutes", "leads")
    .distinct(true)
    .getRawMany();
  const leads = [...DEFAULT_REMINDER_MINUTES, ...saved.flatMap((row) => parseLeads(row.leads))];
  return Math.min(Math.max(...leads), NOTIFICATION_LIMITS.maxReminderMinutes);
}

async function upcomingSessions(em: EntityManager, now: number): Promise<Upcoming[]> {
  const horizon = new Date(now + ((await longestLeadInUse(em)) + MINUTES_PER_DAY) * 60_000);
  const rows = await em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .innerJoinAndSelect("r.instrument", "instrument")
    .innerJoinAndSelect("instrument.institution", "institution")
    .select(["r.id", "r.startsAt", "r.createdAt", "r.userId", "r.companyId", "instrument.id", "institution.id", "institution.timezone"])
    .where("r.status = :confirmed AND r.startsAt > :now AND r.startsAt <= :horizon", { confirmed: "confirmed", now: new Date(now), horizon })
    .orderBy("r.startsAt", "ASC")
    .getMany();
  return rows.map((r) => ({ id: r.id, startsAt: r.startsAt, createdAt: r.createdAt, userId: r.userId, companyId: r.companyId, zone: r.instrument.institution.timezone }));
}

/** The active members of each company who follow their colleagues' bookings. */
async function followersByCompany(em: EntityManager, companyIds: number[]): Promise<Map<number, User[]>> {
  const users = await inChunks(companyIds, (ids) =>
    em
      .getRepository(User)
      .createQueryBuilder("u")
      .innerJoin(NotificationSetting, "s", "s.userId = u.id AND s.colleagueBookings = :on", { on: true })
      .where("u.companyId IN (:...ids) AND u.active = :on", { ids, on: true })
      .orderBy("u.id", "ASC")
      .getMany(),
  );
  const byCompany = new Map<number, User[]>();
  for (const user of users) byCompany.set(user.companyId!, [...(byCompany.get(user.companyId!) ?? []), user]);
  return byCompany;
}

function usersByIds(em: EntityManager, ids: number[]): Promise<User[]> {
  return inChunks(ids, (chunk) => em.getRepository(User).findBy({ id: In(chunk) }));
}

/** Each person's reminder lead times (the defaults for those who never saved settings). */
async function leadsByUser(em: EntityManager, userIds: number[]): Promise<Map<number, number[]>> {
  const rows = await inChunks(userIds, (chunk) => em.getRepository(NotificationSetting).findBy({ userId: In(chunk) }));
  return new Map(rows.map((row) => [row.userId, preferencesOf(row).reminderLeadMinutes]));
}

/** Which of these notice keys were written already. */
async function writtenKeys(em: EntityManager, keys: string[]): Promise<Set<string>> {
  const rows = await inChunks(keys, (chunk) => em.getRepository(ScheduledNotice).findBy({ key: In(chunk) }));
  return new Set(rows.map((row) => row.key));
}

function reminderKey(r: { id: number; startsAt: Date }, userId: number, lead: number): string {
  return `reminder:${r.id}:${userId}:${lead}:${r.startsAt.getTime()}`;
}

async function remind(em: EntityManager, r: LoadedReservation, user: User, due: Due, now: number, baseUrl: string | null): Promise<boolean> {
  // Claimed by its key in this transaction: another process that wrote it meanwhile makes this one a no-op.
  if (!(await claimNotice(em, due.key))) return false;
  const message = renderMessage("booking_reminder", user.locale === "en" ? "en" : "ja", factsOfReservation(r, null, baseUrl));
  const messageId = `<reminder-${r.id}.${user.id}.${due.lead}.${r.startsAt.getTime()}@equipment-share>`;
  await enqueueMail(em, { recipient: user.email, subject: message.title, text: message.text, html: message.html, messageId }, new Date(now));
  return true;
}

