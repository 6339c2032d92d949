import { AuditEvent, Company, Reservation, type User } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";

let t: TestApp;
let w: World;
let inactive: User;
let m2token: string;

const slot = (day: string, from = "10:00", to = "11:00") => ({ start: at(`${day}T${from}`), end: at(`${day}T${to}`) });
const bookFor = (who: WorldRole, userId: number, day: string, extra: Record<string, unknown> = {}) =>
  t.http.post("/api/reservations").set(w.auth(who)).send({ instrumentId: w.tem.id, ...slot(day), purpose: "Phone request", assistance: { type: "operation" }, onBehalfOf: { userId }, ...extra });
const saved = () => t.db.manager.getRepository(Reservation).count();

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 JST
  w = await buildWorld(t);
  inactive = await t.make.companyMember(w.c1, { active: false, displayName: "Former Aoba" });
  m2token = await t.login(w.m2.email);
  await t.db.write((em) => em.getRepository(Company).update(w.c2.id, { verification: "unverified" }));
});
afterAll(() => t.close());

describe("POST /api/reservations with onBehalfOf", () => {
  test("staff of the institution book for a member: 201, the company's booking, entered by the staff, audited", async () => {
    const res = await bookFor("staffA1", w.m1.id, "2027-06-09");
    expect(res.status).toBe(201);
    expect(res.body.reservation).toMatchObject({
      userId: w.m1.id, companyId: w.c1.id, booker: { id: w.m1.id }, enteredBy: { id: w.staffA1.user.id, name: w.staffA1.user.displayName }, status: "pending",
    });
    const mine = await t.http.get("/api/reservations").set(w.auth("m1"));
    expect(mine.body.items.find((r: { id: number }) => r.id === res.body.reservation.id)).toMatchObject({ enteredBy: { id: w.staffA1.user.id } });
    const one = await t.http.get(`/api/reservations/${res.body.reservation.id}`).set(w.auth("adminA"));
    expect(one.body.reservation.enteredBy).toEqual({ id: w.staffA1.user.id, name: w.staffA1.user.displayName });
    const event = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "reservation.created", entityId: res.body.reservation.id });
    expect(event).toMatchObject({ actorUserId: w.staffA1.user.id, companyId: w.c1.id, details: expect.objectContaining({ onBehalfOfUserId: w.m1.id, enteredByUserId: w.staffA1.user.id }) });
  });

  test("an institution admin books for an unverified company: pending company_unverified; the terms gate is not asked", async () => {
    await t.http.post("/api/terms").set(w.auth("coordinator")).send({ textJa: "規約", textEn: "Terms" });
    const res = await bookFor("adminA", w.m2.id, "2027-06-10");
    expect(res.status).toBe(201);
    expect(res.body.reservation).toMatchObject({ companyId: w.c2.id, status: "pending", pendingReason: "company_unverified", enteredBy: { id: w.adminA.id } });
    const own = await t.http.get("/api/reservations").set({ authorization: `Bearer ${m2token}` });
    expect(own.body.items.map((r: { id: number }) => r.id)).toContain(res.body.reservation.id);
  });

  test("a booking the member makes themselves has no enteredBy", async () => {
    const made = await t.make.reservation(w.sem, w.m1, at("2027-06-15T10:00"), at("2027-06-15T11:00"));
    expect((await t.http.get(`/api/reservations/${made.id}`).set(w.auth("m1"))).body.reservation.enteredBy).toBeNull();
  });

  test("refused: company members, the coordinator, staff and admins of another institution; nothing saved", async () => {
    const before = await saved();
    for (const who of ["m1", "m2", "coordinator", "staffB", "adminB"] as const) {
      const res = await bookFor(who, w.m1.id, "2027-06-11");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect(await saved()).toBe(before);
  });

  test("unknown, inactive or non-member user → 404; bad onBehalfOf → 400; nothing saved", async () => {
    const before = await saved();
    for (const userId of [999999, inactive.id, w.staffA2.user.id, w.coordinator.id]) {
      const res = await bookFor("staffA1", userId, "2027-06-11");
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    for (const onBehalfOf of [{ userId: "abc" }, { userId: -1 }, {}, "m1"]) {
      const res = await bookFor("staffA1", w.m1.id, "2027-06-11", { onBehalfOf });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await saved()).toBe(before);
  });

  test("the same booking rules hold: a taken slot is refused (409), a closed hour too", async () => {
    const first = await bookFor("staffA1", w.m1.id, "2027-06-16");
    expect(first.status).toBe(201);
    const before = await saved();
    const twice = await bookFor("staffA2", w.m2.id, "2027-06-16");
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.reason).toBe("slot_taken");
    const night = await bookFor("staffA1", w.m1.id, "2027-06-17", slot("2027-06-17", "02:00", "03:00"));
    expect(night.status).toBe(422);
    expect(await saved()).toBe(before);
  });
});

describe("GET /api/reservations/on-behalf/members", () => {
  const search = (who: WorldRole, q?: string) => t.http.get("/api/reservations/on-behalf/members").query(q === undefined ? {} : { q }).set(w.auth(who));

  test("staff and admins find active company members by name, e-mail or company; at most 20", async () => {
    for (const who of ["staffA1", "adminA", "staffB"] as const) {
      const byCompany = await search(who, "aoba");
      expect(byCompany.status).toBe(200);
      expect(byCompany.body.items).toEqual([{ id: w.m1.id, name: w.m1.displayName, email: w.m1.email, company: { id: w.c1.id, name: "Aoba Precision", customerType: "sme", verification: "verified" } }]);
    }
    expect((await search("staffA1", w.m2.email.toUpperCase())).body.items.map((m: { id: number }) => m.id)).toEqual([w.m2.id]);
    expect((await search("staffA1", "nobody-like-this")).body.items).toEqual([]);
    const all = await search("staffA1");
    expect(all.body.items.map((m: { id: number }) => m.id)).not.toContain(inactive.id);
    expect(all.body.items.length).toBeLessThanOrEqual(20);
  });

  test("company members and the coordinator are refused; an over-long q is 400; 401 without a session", async () => {
    for (const who of ["m1", "coordinator"] as const) expect((await search(who, "aoba")).status).toBe(403);
    const long = await search("staffA1", "x".repeat(500));
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe("validation_failed");
    expect((await t.http.get("/api/reservations/on-behalf/members")).status).toBe(401);
  });
});
