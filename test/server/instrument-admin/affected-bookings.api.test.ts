import { AuditEvent, Instrument, Reservation } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const UNTIL_16 = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "09:00", end: "16:00" }]]));

/** A fresh self-use instrument (weekdays 09:00–17:00) with m1 qualified on it. */
async function instrument() {
  const made = await t.make.instrument(w.instA);
  await t.make.qualification(w.m1, made);
  return made;
}
const book = (instrumentId: number, day: string, from: string, to: string) =>
  t.http.post("/api/reservations").set(w.auth("m1")).send({ instrumentId, start: at(`${day}T${from}`), end: at(`${day}T${to}`), purpose: "Late imaging" });
const status = async (id: number) => (await t.db.manager.getRepository(Reservation).findOneByOrFail({ id })).status;

describe("shortening hours that strand a booking", () => {
  test("cancel them with a notice: the change applies and the company is told the facility cancelled", async () => {
    const sem = await instrument();
    const late = (await book(sem.id, "2027-06-10", "15:00", "17:00")).body.reservation;
    const res = await t.http.patch(`/api/instruments/${sem.id}`).set(w.auth("adminA")).send({ openingHours: UNTIL_16, onAffected: "cancel", notice: "Closing at 16:00 from now on" });
    expect(res.status).toBe(200);
    expect(res.body.cancelled).toMatchObject([{ id: late.id, companyName: "Aoba Precision" }]);
    expect(res.body.instrument.openingHours).toEqual(UNTIL_16);
    const cancelled = await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: late.id });
    expect({ status: cancelled.status, reason: cancelled.cancellationReason }).toEqual({ status: "cancelled", reason: "Closing at 16:00 from now on" });
    const event = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ entityType: "reservation", entityId: late.id, action: "reservation.cancelled_by_facility" });
    expect(event).toMatchObject({ companyId: w.c1.id, reason: "Closing at 16:00 from now on", details: { cause: "instrument_change" } });
  });

  test("keep them: the change applies, the booking stays as an exception, new bookings follow the new hours", async () => {
    const sem = await instrument();
    const late = (await book(sem.id, "2027-06-10", "15:00", "17:00")).body.reservation;
    const res = await t.http.patch(`/api/instruments/${sem.id}`).set(w.auth("adminA")).send({ openingHours: UNTIL_16, onAffected: "keep" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cancelled: [], kept: [{ id: late.id }] });
    expect(await status(late.id)).toBe("confirmed");
    const another = await book(sem.id, "2027-06-11", "15:00", "17:00");
    expect(another.status).toBe(422);
    expect(another.body.error.details.reason).toBe("outside_opening_hours");
    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ entityType: "instrument", entityId: sem.id, action: "instrument.updated" });
    expect(audit.details).toMatchObject({ keptReservationIds: [late.id] });
  });

  test("from a later date: the old hours until then, the new ones from that day, for the booking engine too", async () => {
    const sem = await instrument();
    const late = (await book(sem.id, "2027-06-10", "15:00", "17:00")).body.reservation;
    const path = `/api/instruments/${sem.id}`;
    const tooSoon = await t.http.patch(path).set(w.auth("adminA")).send({ openingHours: UNTIL_16, openingHoursFrom: "2027-06-10" });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.error.details.reservations.map((r: { id: number }) => r.id)).toEqual([late.id]);

    const res = await t.http.patch(path).set(w.auth("adminA")).send({ openingHours: UNTIL_16, openingHoursFrom: "2027-06-11" });
    expect(res.status).toBe(200);
    expect(res.body.instrument.openingHours.thu).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(res.body.instrument.openingHoursChange).toEqual({ hours: UNTIL_16, from: "2027-06-11" });
    expect(await status(late.id)).toBe("confirmed");
    expect((await book(sem.id, "2027-06-09", "15:00", "17:00")).status).toBe(201);
    const after = await book(sem.id, "2027-06-14", "15:00", "17:00");
    expect(after.status).toBe(422);
    expect(after.body.error.details.reason).toBe("outside_opening_hours");
    expect((await book(sem.id, "2027-06-14", "14:00", "16:00")).status).toBe(201);

    const stored = await t.db.manager.getRepository(Instrument).findOneByOrFail({ id: sem.id });
    expect(stored.openingHoursChange).toEqual({ hours: UNTIL_16, from: "2027-06-11" });
  });

  test("only the institution's admin decides; nothing is cancelled for anyone else", async () => {
    const sem = await instrument();
    const late = (await book(sem.id, "2027-06-10", "15:00", "17:00")).body.reservation;
    const body = { openingHours: UNTIL_16, onAffected: "cancel", notice: "Closing early" };
    for (const who of ["staffA1", "adminB", "coordinator", "m1"] as const) {
      const res = await t.http.patch(`/api/instruments/${sem.id}`).set(w.auth(who)).send(body);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect(await status(late.id)).toBe("confirmed");
  });

  test.each([
    ["cancelling without a notice", { openingHours: UNTIL_16, onAffected: "cancel" }],
    ["an unknown choice", { openingHours: UNTIL_16, onAffected: "delete" }],
    ["a date without hours", { nameEn: "SEM", openingHoursFrom: "2027-07-01" }],
    ["a date that is not a date", { openingHours: UNTIL_16, openingHoursFrom: "next month" }],
    ["only the choice", { onAffected: "keep" }],
  ])("%s is a 400 with the error body; nothing is saved", async (_label, body) => {
    const sem = await instrument();
    const late = (await book(sem.id, "2027-06-10", "15:00", "17:00")).body.reservation;
    const res = await t.http.patch(`/api/instruments/${sem.id}`).set(w.auth("adminA")).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(await status(late.id)).toBe("confirmed");
    const stored = await t.db.manager.getRepository(Instrument).findOneByOrFail({ id: sem.id });
    expect({ thu: stored.openingHours.thu, change: stored.openingHoursChange }).toEqual({ thu: [{ start: "09:00", end: "17:00" }], change: null });
  });
});
