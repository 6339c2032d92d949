import { AuditEvent, Company, User } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const signup = (fields: Record<string, unknown>) =>
  t.http.post("/api/auth/signup").send({
    companyName: "BigCorp KK", contactName: "Taro Big", email: "taro@bigcorp.example", password: "a-long-password", locale: "en", ...fields,
  });

describe("a company that signs up is unverified until checked", () => {
  test("sign-up needs the customer type; bad facts → 400, nothing saved", async () => {
    for (const body of [{}, { customerType: "company", corporateNumber: "1234567890123" }, { customerType: "company", employees: -3 }]) {
      const res = await signup(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await t.db.manager.getRepository(User).countBy({ email: "taro@bigcorp.example" })).toBe(0);
    expect(await t.db.manager.getRepository(Company).countBy({ name: "BigCorp KK" })).toBe(0);
  });

  test("books as pending company_unverified at a provisional price; staff cannot approve until the coordinator verifies", async () => {
    const res = await signup({ customerType: "academic", sector: "manufacturing", employees: 5000, capitalYen: 2_000_000_000, corporateNumber: "1370001012345" });
    expect(res.status).toBe(201);
    expect(res.body.user.company).toMatchObject({ customerType: "academic", verification: "unverified" });
    const member = { authorization: `Bearer ${res.body.token}` };
    const companyId = res.body.user.companyId as number;
    const created = await t.http.post("/api/reservations").set(member).send({
      instrumentId: w.sem.id, start: at("2027-06-10T10:00"), end: at("2027-06-10T12:00"), purpose: "TEM of a catalyst", assistance: { type: "operation" },
    });
    expect(created.status).toBe(201);
    expect(created.body.reservation).toMatchObject({
      status: "pending", pendingReason: "company_unverified", priceProvisional: true, priceEstimateYen: 2 * (1000 + 3000),
      company: { customerType: "academic", verification: "unverified" },
    });
    const id = created.body.reservation.id as number;
    const asStaff = await t.http.get(`/api/reservations/${id}`).set(w.auth("staffA1"));
    expect(asStaff.body.reservation.company).toMatchObject({ customerType: "academic", verification: "unverified" });

    const refused = await t.http.post(`/api/reservations/${id}/approve`).set(w.auth("staffA1")).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe("company_unverified");
    expect((await t.http.get(`/api/reservations/${id}`).set(member)).body.reservation.status).toBe("pending");

    const queue = await t.http.get("/api/companies?verification=unverified").set(w.auth("coordinator"));
    expect(queue.body.items.map((c: { id: number }) => c.id)).toEqual([companyId]);
    expect((await t.http.get("/api/companies?verification=unverified").set(w.auth("adminA"))).body.items).toHaveLength(1);
    expect((await t.http.get("/api/companies?verification=unverified").set(w.auth("adminB"))).body.items).toHaveLength(0);

    const verified = await t.http.patch(`/api/companies/${companyId}`).set(w.auth("coordinator")).send({ customerType: "company", verification: "verified" });
    expect(verified.status).toBe(200);
    const [event] = await t.db.manager.getRepository(AuditEvent).findBy({ action: "company.verified", entityId: companyId });
    expect(event.details).toMatchObject({ before: { customerType: "academic", verification: "unverified" }, after: { customerType: "company", verification: "verified" } });

    const after = (await t.http.get(`/api/reservations/${id}`).set(w.auth("staffA1"))).body.reservation;
    expect(after).toMatchObject({ status: "pending", pendingReason: "approval_required", priceProvisional: false, priceEstimateYen: 2 * (8000 + 3000) });
    const approved = await t.http.post(`/api/reservations/${id}/approve`).set(w.auth("staffA1")).send({});
    expect(approved.status).toBe(200);
    expect(approved.body.reservation).toMatchObject({ status: "confirmed", pendingReason: null });
  });

  test("GET /api/companies: staff and company members are refused", async () => {
    for (const who of ["staffA1", "m1"] as const) expect((await t.http.get("/api/companies").set(w.auth(who))).status).toBe(403);
    expect((await t.http.get("/api/companies?verification=maybe").set(w.auth("coordinator"))).status).toBe(400);
  });
});
