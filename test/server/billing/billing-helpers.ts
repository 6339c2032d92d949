import type { Instrument, User } from "../../../server/platform/db/entities";
import type { TestApp } from "../../helpers/test-app";
import type { World, WorldRole } from "../../helpers/world";

/** A registration number with a valid check digit (the National Tax Agency's own). */
export const REGISTRATION = "T7000012050002";

export const SETTINGS = { issuerName: "国立大学法人 テスト大学", registrationNumber: REGISTRATION, paymentTermsDays: 30, invoicePrefix: "TASU", taxRounding: "floor" };

/** A session booked straight in the database and recorded over the API by staff, as a facility would. */
export async function recordedSession(
  t: TestApp,
  w: World,
  instrument: Instrument,
  member: User,
  start: string,
  end: string,
  body: Record<string, unknown> = { outcome: "completed" },
  recorder: WorldRole = "staffA1",
) {
  const reservation = await t.make.reservation(instrument, member, start, end);
  const res = await t.http.post(`/api/reservations/${reservation.id}/record`).set(w.auth(recorder)).send(body);
  if (res.status !== 200) throw new Error(`record failed: ${res.status} ${JSON.stringify(res.body)}`);
  return reservation;
}
