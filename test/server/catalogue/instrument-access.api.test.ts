import type { Instrument, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
let sem: Instrument;
let xrd: Instrument;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  const inst = await t.make.institution();
  const other = await t.make.institution();
  sem = await t.make.instrument(inst);
  xrd = await t.make.instrument(other);
  const company = await t.make.company();
  const qualified = await t.make.companyMember(company);
  const expired = await t.make.companyMember(company);
  const revoked = await t.make.companyMember(company);
  const newcomer = await t.make.companyMember(company);
  const expiring = await t.make.companyMember(company);
  await t.make.qualification(expiring, sem, { expiresAt: new Date("2028-01-01T00:00:00Z") });
  await t.make.qualification(qualified, sem, { expiresAt: new Date("2028-01-01T00:00:00Z") });
  await t.make.qualification(qualified, sem);
  await t.make.qualification(expired, sem, { expiresAt: new Date("2027-06-01T00:00:00Z") });
  await t.make.qualification(revoked, sem, { revokedAt: new Date("2027-05-01T00:00:00Z") });
  const staff = (await t.make.staff(inst, [sem])).user;
  const otherStaff = (await t.make.staff(other, [xrd])).user;
  const admin = await t.make.user({ role: "institution_admin", institutionId: inst.id });
  const coordinator = await t.make.user({ role: "coordinator" });
  const users: Record<string, User> = { qualified, expiring, expired, revoked, newcomer, staff, otherStaff, admin, coordinator };
  for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user.email);
});
afterAll(() => t.close());

const access = (who: string | null, instrumentId: number | string) => {
  const req = t.http.get(`/api/instruments/${instrumentId}/access`);
  return who ? req.set({ authorization: `Bearer ${tokens[who]}` }) : req;
};

describe("GET /api/instruments/:id/access", () => {
  test("a qualified company member may book and use the instrument on their own", async () => {
    const res = await access("qualified", sem.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ canBook: true, selfUseQualified: true, qualificationExpiresAt: null });
  });

  test("says until when a qualification is valid", async () => {
    expect((await access("expiring", sem.id)).body).toEqual({ canBook: true, selfUseQualified: true, qualificationExpiresAt: "2028-01-01T00:00:00.000Z" });
  });

  test.each(["expired", "revoked", "newcomer"])("a %s company member may book but not self-use", async (who) => {
    const res = await access(who, sem.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ canBook: true, selfUseQualified: false, qualificationExpiresAt: null });
  });

  test("a qualification is per instrument", async () => {
    expect((await access("qualified", xrd.id)).body).toMatchObject({ canBook: true, selfUseQualified: false });
  });

  test.each(["staff", "otherStaff", "admin", "coordinator"])("%s cannot book instrument time", async (who) => {
    const res = await access(who, sem.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ canBook: false, selfUseQualified: false, qualificationExpiresAt: null });
  });

  test("needs a sign-in", async () => {
    const res = await access(null, sem.id);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  test("an unknown instrument is not found and a malformed id is refused", async () => {
    expect((await access("qualified", 999_999)).status).toBe(404);
    expect((await access("qualified", "abc")).status).toBe(400);
  });
});
