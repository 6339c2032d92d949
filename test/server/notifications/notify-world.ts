import { Notification } from "../../../server/platform/db/entities";
import type { Institution, Instrument, StaffMember, User } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";

/**
 * One institution in Tokyo with a self-service instrument (SEM) and one that needs approval (TEM), two staff (ja, en)
 * and an admin (ja), and two company members (en, ja).
 */
export interface NotifyWorld {
  institution: Institution;
  sem: Instrument;
  tem: Instrument;
  staffJa: { user: User; member: StaffMember };
  staffEn: { user: User; member: StaffMember };
  admin: User;
  memberEn: User;
  memberJa: User;
  tokens: Record<"staffJa" | "staffEn" | "admin" | "memberEn" | "memberJa", string>;
}

export async function buildNotifyWorld(t: TestApp): Promise<NotifyWorld> {
  const institution = await t.make.institution();
  const sem = await t.make.instrument(institution, { nameJa: "電子顕微鏡", nameEn: "Electron microscope" });
  const tem = await t.make.instrument(institution, { nameJa: "透過電子顕微鏡", nameEn: "Transmission electron microscope", requiresApproval: true });
  const staffJa = await t.make.staff(institution, [sem, tem], { user: { locale: "ja" } });
  const staffEn = await t.make.staff(institution, [tem], { user: { locale: "en" } });
  const admin = await t.make.admin(institution, { locale: "ja" });
  const memberEn = await t.make.companyMember(undefined, { locale: "en" });
  const memberJa = await t.make.companyMember(undefined, { locale: "ja" });
  for (const member of [memberEn, memberJa]) for (const instrument of [sem, tem]) await t.make.qualification(member, instrument);
  const tokens = {
    staffJa: await t.login(staffJa.user.email),
    staffEn: await t.login(staffEn.user.email),
    admin: await t.login(admin.email),
    memberEn: await t.login(memberEn.email),
    memberJa: await t.login(memberJa.email),
  };
  return { institution, sem, tem, staffJa, staffEn, admin, memberEn, memberJa, tokens };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Books over HTTP, as the company would; answers the reservation's id. */
export async function book(t: TestApp, token: string, instrument: Instrument, day: string, from: string, to: string, operation = false): Promise<number> {
  const res = await t.http.post("/api/reservations").set(bearer(token)).send({
    instrumentId: instrument.id, start: at(`${day}T${from}`), end: at(`${day}T${to}`), purpose: "Crack inspection",
    ...(operation ? { assistance: { type: "operation" } } : {}),
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.reservation.id as number;
}

/** Everyone's notifications, oldest first. */
export async function allNotifications(t: TestApp): Promise<Notification[]> {
  return t.db.manager.getRepository(Notification).find({ order: { id: "ASC" } });
}
