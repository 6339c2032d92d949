import { In, type EntitySubscriberInterface, type InsertEvent } from "typeorm";
import { ConsultationMeeting, Reservation } from "../../../server/platform/db/entities";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";
import { assignedConsultation } from "./meeting-world";

/**
 * A staff member's time is held once under concurrency: requests race through real HTTP, on PostgreSQL through
 * two app instances with their own connection pools (as two server processes). Each insert first gives the event
 * loop a turn, so requests interleave between "check" and "insert" as on a networked database.
 */
class YieldBeforeInsert implements EntitySubscriberInterface {
  async beforeInsert(event: InsertEvent<unknown>) {
    if (event.metadata.target === Reservation || event.metadata.target === ConsultationMeeting) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

let t: TestApp;
let w: World;
let sibling: Awaited<ReturnType<TestApp["sibling"]>>;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  t.db.dataSource.subscribers.push(new YieldBeforeInsert());
  w = await buildWorld(t);
  sibling = await t.sibling();
});
afterAll(async () => {
  await sibling.close();
  await t.close();
});

const meetingBody = (start: string, end: string) => ({ kind: "call", start: at(start), end: at(end) });
const overlapping = (rows: Array<{ startsAt: Date; endsAt: Date }>) =>
  rows.some((a, i) => rows.some((b, j) => i !== j && a.startsAt < b.endsAt && b.startsAt < a.endsAt));

async function heldTimes(day: string) {
  const window = { from: new Date(at(`${day}T00:00`)), to: new Date(at(`${day}T23:59`)) };
  const meetings = await t.db.manager.getRepository(ConsultationMeeting).findBy({ staffMemberId: w.staffA1.member.id, status: "proposed" });
  const assignments = await t.db.manager.getRepository(Reservation).findBy({ assignedStaffId: w.staffA1.member.id, status: In(["pending", "confirmed"]) });
  return [...meetings, ...assignments].filter((r) => r.startsAt >= window.from && r.startsAt < window.to);
}

test("two overlapping proposals in parallel: exactly one wins, the other is told 409", async () => {
  const first = await assignedConsultation(t, w, "Weld porosity");
  const second = await assignedConsultation(t, w, "Coating thickness");
  for (const day of ["2027-06-09", "2027-06-10", "2027-06-11"]) {
    const [a, b] = await Promise.all([
      t.http.post(`/api/consultations/${first}/meetings`).set(w.auth("staffA1")).send(meetingBody(`${day}T10:00`, `${day}T11:00`)),
      sibling.http.post(`/api/consultations/${second}/meetings`).set(w.auth("staffA1")).send(meetingBody(`${day}T10:30`, `${day}T11:30`)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.details.reason).toBe("meeting_overlaps_meeting");
    const held = await heldTimes(day);
    expect(held).toHaveLength(1);
    expect(overlapping(held)).toBe(false);
  }
});

test("a meeting and a booking that would commit the same person, in parallel: exactly one holds the time", async () => {
  const id = await assignedConsultation(t, w, "Crack origin");
  for (const day of ["2027-06-14", "2027-06-15", "2027-06-16", "2027-06-17"]) {
    const [meeting, booking] = await Promise.all([
      t.http.post(`/api/consultations/${id}/meetings`).set(w.auth("staffA1")).send(meetingBody(`${day}T13:00`, `${day}T14:00`)),
      sibling.http.post("/api/reservations").set(w.auth("m1")).send({
        instrumentId: w.tem.id, start: at(`${day}T13:30`), end: at(`${day}T15:00`), purpose: "Race", assistance: { type: "operation" },
      }),
    ]);
    expect([meeting.status, booking.status].sort()).toEqual([201, 409]);
    const held = await heldTimes(day);
    expect(held).toHaveLength(1);
  }
});
