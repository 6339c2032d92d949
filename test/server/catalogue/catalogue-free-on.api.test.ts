import type { Instrument } from "../../../server/platform/db/entities";
import { EVERY_DAY_9_17 } from "../../helpers/factories";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";

let t: TestApp;
let booked: Instrument;
let everyDay: Instrument;
let noLead: Instrument;
let closedInstitution: Instrument;
let token: string;

const WEDNESDAY = "2027-06-09";

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 in Tokyo
  const inst = await t.make.institution();
  const closing = await t.make.institution();
  await t.make.instrument(inst, { nameEn: "A open" });
  booked = await t.make.instrument(inst, { nameEn: "B booked" });
  const blackedOut = await t.make.instrument(inst, { nameEn: "C blacked out" });
  everyDay = await t.make.instrument(inst, { nameEn: "D every day", openingHours: EVERY_DAY_9_17 });
  noLead = await t.make.instrument(inst, { nameEn: "E no lead time", leadTimeHours: 0 });
  await t.make.instrument(inst, { nameEn: "F maintenance", status: "maintenance" });
  closedInstitution = await t.make.instrument(closing, { nameEn: "G closed institution" });
  await t.make.closure(closing, WEDNESDAY);
  await t.make.blackout(inst, blackedOut, at(`${WEDNESDAY}T08:00`), at(`${WEDNESDAY}T18:00`));
  // Leave only 16:30–17:00 free on B: shorter than its one-hour minimum.
  await t.make.blackout(inst, booked, at(`${WEDNESDAY}T09:00`), at(`${WEDNESDAY}T12:00`));
  const member = await t.make.companyMember();
  // Reservations that start before the day asked and run through its opening hours: one from the day before, one
  // from six days before (a reservation may last up to LIMITS.maxReservationMinutes).
  const fromTheDayBefore = await t.make.instrument(inst, { nameEn: "H booked since the day before" });
  await t.make.reservation(fromTheDayBefore, member, at("2027-06-08T12:00"), at(`${WEDNESDAY}T17:00`));
  const forAWeek = await t.make.instrument(inst, { nameEn: "I booked for the week" });
  await t.make.reservation(forAWeek, member, at("2027-06-03T09:00"), at(`${WEDNESDAY}T17:00`));
  await t.make.qualification(member, booked);
  token = await t.login(member.email);
  const res = await t.http
    .post("/api/reservations")
    .set({ authorization: `Bearer ${token}` })
    .send({ instrumentId: booked.id, start: at(`${WEDNESDAY}T12:00`), end: at(`${WEDNESDAY}T16:30`), purpose: "Coating cross-sections" });
  expect(res.status).toBe(201);
});
afterAll(() => t.close());

const names = async (query: Record<string, string | number>, headers: Record<string, string> = {}) => {
  const res = await t.http.get("/api/instruments").query({ lang: "en", ...query }).set(headers);
  expect(res.status).toBe(200);
  return { total: res.body.total as number, names: (res.body.items as { name: string }[]).map((i) => i.name) };
};

describe("GET /api/instruments?freeOn=", () => {
  test("lists only instruments with a bookable slot that day (not fully booked, blacked out, under maintenance or closed)", async () => {
    expect(await names({ freeOn: WEDNESDAY })).toEqual({ total: 3, names: ["A open", "D every day", "E no lead time"] });
  });

  test("leaves out days the instrument is closed: weekends and national holidays", async () => {
    expect(await names({ freeOn: "2027-06-12" })).toEqual({ total: 1, names: ["D every day"] });
    expect((await names({ freeOn: "2027-07-19" })).total).toBe(0); // Marine Day
  });

  test("respects the lead time and the booking horizon", async () => {
    // Today at 09:00: only the instrument without a lead time can still be booked today.
    expect((await names({ freeOn: "2027-06-07" })).names).toEqual([noLead.nameEn]);
    expect((await names({ freeOn: "2027-12-01" })).total).toBe(0);
  });

  test("pages through the matching instruments and combines with the other filters", async () => {
    expect(await names({ freeOn: WEDNESDAY, page: 2, pageSize: 2 })).toEqual({ total: 3, names: ["E no lead time"] });
    expect(await names({ freeOn: WEDNESDAY, q: "every" })).toEqual({ total: 1, names: [everyDay.nameEn] });
    expect((await names({ freeOn: WEDNESDAY, institutionId: closedInstitution.institutionId })).total).toBe(0);
  });

  test("is the same for visitors and signed-in users", async () => {
    expect(await names({ freeOn: WEDNESDAY }, { authorization: `Bearer ${token}` })).toEqual(await names({ freeOn: WEDNESDAY }));
  });

  test("refuses a malformed date", async () => {
    const res = await t.http.get("/api/instruments").query({ freeOn: "2027-13-40" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
  });
});
