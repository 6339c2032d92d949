import { ChargeSchema } from "../../../shared/schemas/billing";
import { Charge } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";
import { recordedSession } from "./billing-helpers";

let t: TestApp;
let w: World;

useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const chargesOf = async (who: Parameters<World["auth"]>[0], query: Record<string, string | number> = {}) =>
  t.http.get("/api/charges").query(query).set(w.auth(who));

describe("charges from recorded sessions", () => {
  test("instrument time in billing units at the company's rate, staff time at the staff rate; the company sees them", async () => {
    // SME rate 4,000 yen/h, staff 3,000 yen/h; 70 minutes used bill 90 in 30-minute units.
    const r = await recordedSession(t, w, w.sem, w.m1, at("2027-05-10T10:00"), at("2027-05-10T12:00"), {
      outcome: "completed", actualStart: at("2027-05-10T10:00"), actualEnd: at("2027-05-10T11:10"), staffMinutes: 40,
    });
    await t.db.write((em) => em.query(`UPDATE "reservation" SET "assistance_type" = 'training' WHERE "id" = ${r.id}`));
    const rerecord = await t.http.post(`/api/reservations/${r.id}/record`).set(w.auth("staffA1")).send({ outcome: "completed", actualStart: at("2027-05-10T10:00"), actualEnd: at("2027-05-10T11:10"), staffMinutes: 40 });
    expect(rerecord.status).toBe(200);

    const seen = await chargesOf("m1", { month: "2027-05" });
    expect(seen.status).toBe(200);
    const mine = seen.body.items.filter((c: { reservationId: number }) => c.reservationId === r.id);
    expect(mine).toEqual([
      expect.objectContaining({ kind: "instrument_time", quantity: 3, unit: "30min", unitPrice: 2000, amount: 6000, taxRate: 10, customerType: "sme", invoiced: false }),
      expect.objectContaining({ kind: "staff_time", quantity: 2, unitPrice: 1500, amount: 3000, description: expect.stringContaining("利用講習") }),
    ]);
    expect((await chargesOf("m2", { month: "2027-05" })).body.items.map((c: { reservationId: number }) => c.reservationId)).not.toContain(r.id);
  });

  test("a no-show is charged the no-show fee; a late company cancellation its fee; a facility cancellation nothing", async () => {
    const noShow = await recordedSession(t, w, w.sem, w.m2, at("2027-05-12T10:00"), at("2027-05-12T11:00"), { outcome: "no_show" });
    const late = await t.make.reservation(w.sem, w.m1, at("2027-06-08T10:00"), at("2027-06-08T12:00"));
    const byFacility = await t.make.reservation(w.sem, w.m2, at("2027-06-08T13:00"), at("2027-06-08T14:00"));
    expect((await t.http.post(`/api/reservations/${late.id}/cancel`).set(w.auth("m1")).send({})).status).toBe(200);
    expect((await t.http.post(`/api/reservations/${byFacility.id}/cancel`).set(w.auth("staffA1")).send({ reason: "Instrument fault" })).status).toBe(200);
    const rows = await t.db.manager.getRepository(Charge).findBy([{ reservationId: noShow.id }, { reservationId: late.id }, { reservationId: byFacility.id }]);
    expect(rows.map((c) => [c.reservationId, c.kind, c.amount])).toEqual([
      [noShow.id, "no_show", 4000],
      [late.id, "cancellation", 4000],
    ]);
  });

  test("the instrument's policy: booked time billed, a 60-minute unit; shown to anyone, set by its admins only", async () => {
    const policy = { billsBookedTime: true, billingUnitMinutes: 60, freeCancellationHours: 24, lateCancellationPercent: 30, noShowPercent: 80 };
    for (const who of ["staffA1", "adminB", "m1", "coordinator"] as const) {
      expect((await t.http.put(`/api/instruments/${w.tem.id}/billing-policy`).set(w.auth(who)).send(policy)).status).toBe(403);
    }
    const bad = await t.http.put(`/api/instruments/${w.tem.id}/billing-policy`).set(w.auth("adminA")).send({ ...policy, noShowPercent: 120 });
    expect(bad.status).toBe(400);
    expect((await t.http.get(`/api/instruments/${w.tem.id}/billing-policy`)).body.policy.noShowPercent).toBe(100);
    expect((await t.http.put(`/api/instruments/${w.tem.id}/billing-policy`).set(w.auth("adminA")).send(policy)).status).toBe(200);
    expect((await t.http.get(`/api/instruments/${w.tem.id}/billing-policy`)).body.policy).toEqual(policy);

    const r = await recordedSession(t, w, w.tem, w.m1, at("2027-05-14T10:00"), at("2027-05-14T12:00"), { outcome: "completed", actualEnd: at("2027-05-14T10:20"), actualStart: at("2027-05-14T10:00") });
    const [time] = await t.db.manager.getRepository(Charge).findBy({ reservationId: r.id });
    expect(time).toMatchObject({ kind: "instrument_time", quantityMilli: 2000, unit: "60min", unitPrice: 4000, amount: 8000 });
  });

  test("staff add a consumable and correct a charge with a reason (audited); others are refused; bad input saves nothing", async () => {
    const body = { institutionId: w.instA.id, companyId: w.c1.id, kind: "consumable", description: "液体窒素", quantity: 2.5, unit: "L", unitPrice: 333, date: "2027-05-20" };
    for (const [who, status] of [["m1", 403], ["adminB", 403], ["coordinator", 403]] as const) {
      expect((await t.http.post("/api/charges").set(w.auth(who)).send(body)).status).toBe(status);
    }
    const before = await t.db.manager.getRepository(Charge).count();
    for (const broken of [{ ...body, quantity: 0 }, { ...body, unitPrice: -1 }, { ...body, unitPrice: 1.5 }, { ...body, date: "2027-02-30" }, { ...body, description: "" }]) {
      const res = await t.http.post("/api/charges").set(w.auth("staffA1")).send(broken);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await t.db.manager.getRepository(Charge).count()).toBe(before);

    const created = await t.http.post("/api/charges").set(w.auth("staffA1")).send(body);
    expect(created.status).toBe(201);
    expect(created.body.charge).toMatchObject({ quantity: 2.5, amount: 833, kind: "consumable", invoiceId: null, instrumentId: null, invoiced: false });
    // The answer is what the client parses (a missing invoiceId once made the page's "Line added." never appear).
    expect(ChargeSchema.safeParse(created.body.charge).success).toBe(true);
    const id = created.body.charge.id;
    expect((await t.http.patch(`/api/charges/${id}`).set(w.auth("staffA1")).send({ unitPrice: 300 })).status).toBe(400);
    expect((await t.http.patch(`/api/charges/${id}`).set(w.auth("staffB")).send({ unitPrice: 300, reason: "x" })).status).toBe(404);
    expect((await t.http.patch(`/api/charges/${id}`).set(w.auth("m2")).send({ unitPrice: 300, reason: "x" })).status).toBe(404);
    expect((await t.http.patch(`/api/charges/${id}`).set(w.auth("m1")).send({ unitPrice: 300, reason: "x" })).status).toBe(403);
    const fixed = await t.http.patch(`/api/charges/${id}`).set(w.auth("staffA1")).send({ unitPrice: 300, reason: "Price list of April" });
    expect(fixed.status).toBe(200);
    expect(fixed.body.charge).toMatchObject({ unitPrice: 300, amount: 750 });
    const events = await t.http.get("/api/audit-events").query({ action: "charge.corrected" }).set(w.auth("adminA"));
    expect(events.body.items.find((e: { entityId: number }) => e.entityId === id)).toMatchObject({ reason: "Price list of April" });
  });

  test("who sees which charges", async () => {
    expect((await chargesOf("m1", { companyId: w.c2.id })).status).toBe(403);
    expect((await chargesOf("staffB", { institutionId: w.instA.id })).status).toBe(403);
    const b = await chargesOf("adminB");
    expect(b.body.items.every((c: { institutionId: number }) => c.institutionId === w.instB.id)).toBe(true);
    const all = await chargesOf("coordinator", { pageSize: 100 });
    expect(all.body.total).toBeGreaterThan(0);
    expect((await chargesOf("m1", { month: "2027-5" })).status).toBe(400);
  });
});
