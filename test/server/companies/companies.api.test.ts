import { AuditEvent, Company } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;
const tokens: Record<string, string> = {};
let companyAdmin: { authorization: string };
let plainMember: { authorization: string };
let otherAdmin: { authorization: string };

const booking = (instrumentId: number, day: string) => ({
  instrumentId, start: at(`${day}T10:00`), end: at(`${day}T12:00`), purpose: "Surface inspection", assistance: { type: "operation" },
});

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  const admin = await t.make.companyMember(w.c1, { companyRole: "admin" });
  const member = await t.make.companyMember(w.c1, { companyRole: "member" });
  const admin2 = await t.make.companyMember(w.c2, { companyRole: "admin" });
  for (const [name, user] of Object.entries({ admin, member, admin2 })) tokens[name] = await t.login(user.email);
  companyAdmin = { authorization: `Bearer ${tokens.admin}` };
  plainMember = { authorization: `Bearer ${tokens.member}` };
  otherAdmin = { authorization: `Bearer ${tokens.admin2}` };
  // c1 has booked at institution A (not B).
  expect((await t.http.post("/api/reservations").set(w.auth("m1")).send(booking(w.sem.id, "2027-06-09"))).status).toBe(201);
});
afterAll(() => t.close());

const company = (id: number) => t.db.manager.getRepository(Company).findOneByOrFail({ id });
const audits = (action: string) => t.db.manager.getRepository(AuditEvent).find({ where: { action }, order: { id: "ASC" } });

describe("GET /api/companies/:id", () => {
  test("its members: profile, members and what they may change", async () => {
    const asAdmin = await t.http.get(`/api/companies/${w.c1.id}`).set(companyAdmin);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.company).toMatchObject({ id: w.c1.id, nameJa: "Aoba Precision", customerType: "sme", verification: "verified", can: { editProfile: true, verify: false } });
    expect(asAdmin.body.company.members.map((m: { companyRole: string }) => m.companyRole).sort()).toEqual(["admin", "member", "member"]);
    const asMember = await t.http.get(`/api/companies/${w.c1.id}`).set(plainMember);
    expect(asMember.body.company.can).toEqual({ editProfile: false, verify: false });
  });

  test("the coordinator, and staff and admins of an institution the company booked at", async () => {
    expect((await t.http.get(`/api/companies/${w.c1.id}`).set(w.auth("coordinator"))).body.company.can).toEqual({ editProfile: false, verify: true });
    expect((await t.http.get(`/api/companies/${w.c1.id}`).set(w.auth("staffA1"))).body.company.can).toEqual({ editProfile: false, verify: false });
    expect((await t.http.get(`/api/companies/${w.c1.id}`).set(w.auth("adminA"))).body.company.can).toEqual({ editProfile: false, verify: true });
  });

  test("another company, staff and admins of an institution it never booked at: 404; signed out: 401", async () => {
    for (const who of [otherAdmin, w.auth("m2"), w.auth("staffB"), w.auth("adminB")]) {
      const res = await t.http.get(`/api/companies/${w.c1.id}`).set(who);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect((await t.http.get(`/api/companies/${w.c1.id}`)).status).toBe(401);
  });
});

describe("PATCH /api/companies/:id: the profile", () => {
  test("the company admin edits it; SME status follows the facts; audited with before and after", async () => {
    const res = await t.http.patch(`/api/companies/${w.c1.id}`).set(companyAdmin).send({
      nameEn: "Aoba Precision Co., Ltd.", address: "Sendai", prefecture: "Miyagi", corporateNumber: "1370-0010-12345",
      billingContactName: "Ken Sato", billingContactEmail: " Billing@Aoba.example ", sector: "wholesale", employees: 150, capitalYen: 120_000_000,
    });
    expect(res.status).toBe(200);
    expect(res.body.company).toMatchObject({
      nameEn: "Aoba Precision Co., Ltd.", corporateNumber: "1370001012345", billingContactEmail: "billing@aoba.example", qualifiesAsSme: false, capitalYen: 120_000_000,
    });
    const [event] = await audits("company.updated");
    expect(event.details).toMatchObject({ before: { nameEn: "", employees: null }, after: { nameEn: "Aoba Precision Co., Ltd.", employees: 150 } });
    const smaller = await t.http.patch(`/api/companies/${w.c1.id}`).set(companyAdmin).send({ employees: 80 });
    expect(smaller.body.company.qualifiesAsSme).toBe(true);
  });

  test("a plain member and the coordinator: 403; another company's admin: 404; nothing saved", async () => {
    for (const [who, status] of [[plainMember, 403], [w.auth("coordinator"), 403], [otherAdmin, 404], [w.auth("adminA"), 403]] as const) {
      const res = await t.http.patch(`/api/companies/${w.c1.id}`).set(who).send({ nameEn: "Hijacked" });
      expect(res.status).toBe(status);
    }
    expect((await company(w.c1.id)).nameEn).toBe("Aoba Precision Co., Ltd.");
  });

  test.each([
    ["a corporate number with a wrong check digit", { corporateNumber: "2370001012345" }, "corporateNumber"],
    ["a corporate number of 12 digits", { corporateNumber: "370001012345" }, "corporateNumber"],
    ["negative capital", { capitalYen: -1 }, "capitalYen"],
    ["an unknown sector", { sector: "mining" }, "sector"],
    ["an empty name", { nameJa: "  " }, "nameJa"],
    ["an unknown customer type", { customerType: "vip" }, "customerType"],
  ])("400 for %s, nothing saved", async (_label, body, path) => {
    const before = await company(w.c1.id);
    const res = await t.http.patch(`/api/companies/${w.c1.id}`).set(companyAdmin).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.issues[0].path).toBe(path);
    expect(await company(w.c1.id)).toEqual(before);
  });

  test("400 for an empty change", async () => {
    expect((await t.http.patch(`/api/companies/${w.c1.id}`).set(companyAdmin).send({})).status).toBe(400);
  });
});

describe("PATCH /api/companies/:id: customer type and verification", () => {
  test("only the coordinator or an admin of an institution it booked at: the company admin, staff: 403; admin elsewhere: 404", async () => {
    const body = { customerType: "academic", verification: "verified" };
    for (const [who, status] of [[companyAdmin, 403], [w.auth("staffA1"), 403], [w.auth("adminB"), 404]] as const) {
      expect((await t.http.patch(`/api/companies/${w.c1.id}`).set(who).send(body)).status).toBe(status);
    }
    expect((await company(w.c1.id)).customerType).toBe("sme");
  });

  test("an institution admin corrects the type of a company that booked there; audited; prices follow", async () => {
    const res = await t.http.patch(`/api/companies/${w.c1.id}`).set(w.auth("adminA")).send({ customerType: "company" });
    expect(res.status).toBe(200);
    expect(res.body.company).toMatchObject({ customerType: "company", verification: "verified" });
    const [event] = await audits("company.customer_type_changed");
    expect(event.details).toMatchObject({ before: { customerType: "sme" }, after: { customerType: "company" }, repricedReservations: 1 });
    const list = await t.http.get("/api/reservations").set(w.auth("m1"));
    expect(list.body.items[0]).toMatchObject({ priceEstimateYen: 2 * (8000 + 3000), priceProvisional: false, company: { customerType: "company", verification: "verified" } });
  });
});
