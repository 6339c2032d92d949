import { DateTime } from "luxon";
import { Between, In, IsNull, MoreThan, Not, type EntityManager } from "typeorm";
import { lacksStaff } from "../../shared/rules/staffing-warning";
import { Institution, NotificationSetting, Reservation, StaffMember, User } from "../platform/db/entities";
import { factsOfReservation } from "./facts";
import { renderAgenda, renderDigest, type ListedBooking } from "./list-templates";
import { loadPreferences, wantsEmail } from "./notification-settings";
import { claimNotice, enqueueMail } from "./outbox-writer";
import type { LoadedReservation } from "./recipients";
import { renderMessage } from "./templates";

const URGENT_WITHIN_MS = 48 * 3600_000;
const DIGEST_HOUR = 8;
const locale = (user: User) => (user.locale === "en" ? "en" : "ja");

/** Bookings that need staff, have none and start within 48 hours: each told once to its institution's admins. */
export async function writeUrgentUnstaffed(em: EntityManager, now: number, baseUrl: string | null): Promise<number> {
  const soon = (await em.getRepository(Reservation).find({
    where: { status: In(["confirmed", "pending"]), assignedStaffId: IsNull(), assistanceType: Not("none"), startsAt: Between(new Date(now + 1), new Date(now + URGENT_WITHIN_MS)) },
    relations: { instrument: { institution: true }, company: true, user: true },
    order: { startsAt: "ASC" },
  })) as LoadedReservation[];
  let written = 0;
  for (const r of soon.filter(lacksStaff)) {
    if (!(await claimNotice(em, `urgent-unstaffed:${r.id}:${r.startsAt.getTime()}`))) continue;
    const admins = await em.getRepository(User).findBy({ role: "institution_admin", institutionId: r.institutionId, active: true });
    for (const admin of admins) {
      if (!wantsEmail(await loadPreferences(em, admin.id), "admin_unstaffed_urgent")) continue;
      const message = renderMessage("admin_unstaffed_urgent", locale(admin), factsOfReservation(r, null, baseUrl));
      const messageId = `<urgent-unstaffed-${r.id}.${admin.id}.${r.startsAt.getTime()}@equipment-share>`;
      await enqueueMail(em, { recipient: admin.email, subject: message.title, text: message.text, html: message.html, messageId }, new Date(now));
      written++;
    }
  }
  return written;
}

/** Facility people who asked for a daily agenda and whose chosen local time has come today: once per local day. */
export async function writeAgendas(em: EntityManager, now: number, baseUrl: string | null): Promise<number> {
  let written = 0;
  for (const { user, setting, zone } of await subscribers(em, { agendaTime: Not(IsNull()) })) {
    const local = DateTime.fromMillis(now, { zone });
    if (local.toFormat("HH:mm") < setting.agendaTime! || !(await claimNotice(em, `agenda:${user.id}:${local.toISODate()}`))) continue;
    const member = await em.getRepository(StaffMember).findOneBy({ userId: user.id, active: true });
    const day = local.startOf("day");
    const scope = member ? { assignedStaffId: member.id } : { institutionId: user.institutionId! };
    const items = await listed(em, { ...scope, status: In(["confirmed", "pending"]) }, day.toJSDate(), day.plus({ days: 1 }).toJSDate());
    const message = renderAgenda(locale(user), { zone, day, items, baseUrl });
    const messageId = `<agenda-${user.id}.${local.toISODate()}@equipment-share>`;
    await enqueueMail(em, { recipient: user.email, subject: message.title, text: message.text, html: message.html, messageId }, new Date(now));
    written++;
  }
  return written;
}

/** Admins who opted in: from Monday 08:00 local time, once per week, the bookings awaiting approval. */
export async function writeDigests(em: EntityManager, now: number, baseUrl: string | null): Promise<number> {
  let written = 0;
  for (const { user, zone } of await subscribers(em, { weeklyDigest: true })) {
    if (user.role !== "institution_admin") continue;
    const local = DateTime.fromMillis(now, { zone });
    const monday = local.startOf("week");
    if (local < monday.set({ hour: DIGEST_HOUR }) || !(await claimNotice(em, `digest:${user.id}:${monday.toISODate()}`))) continue;
    const items = await listed(em, { institutionId: user.institutionId!, status: "pending" }, new Date(now), null);
    const message = renderDigest(locale(user), { zone, day: monday, items, baseUrl });
    const messageId = `<digest-${user.id}.${monday.toISODate()}@equipment-share>`;
    await enqueueMail(em, { recipient: user.email, subject: message.title, text: message.text, html: message.html, messageId }, new Date(now));
    written++;
  }
  return written;
}

/** Active facility users with a matching setting, and their institution's zone. */
async function subscribers(em: EntityManager, where: Record<string, unknown>) {
  const settings = await em.getRepository(NotificationSetting).findBy(where);
  if (settings.length === 0) return [];
  const users = await em.getRepository(User).findBy({ id: In(settings.map((s) => s.userId)), active: true, institutionId: Not(IsNull()) });
  const institutions = await em.getRepository(Institution).findBy({ id: In(users.map((u) => u.institutionId!)) });
  const zoneOf = new Map(institutions.map((i) => [i.id, i.timezone]));
  return users.map((user) => ({ user, setting: settings.find((s) => s.userId === user.id)!, zone: zoneOf.get(user.institutionId!) ?? "Asia/Tokyo" }));
}

async function listed(em: EntityManager, where: Record<string, unknown>, from: Date, to: Date | null): Promise<ListedBooking[]> {
  const rows = await em.getRepository(Reservation).find({ where: { ...where, startsAt: MoreThan(new Date(from.getTime() - 1)) }, relations: { instrument: true, company: true }, order: { startsAt: "ASC" }, take: 200 });
  return rows
    .filter((r) => to === null || r.startsAt < to)
    .map((r) => ({ id: r.id, instrument: { ja: r.instrument.nameJa, en: r.instrument.nameEn }, companyName: r.company.name, startsAt: r.startsAt, endsAt: r.endsAt, unstaffed: lacksStaff(r) }));
}
