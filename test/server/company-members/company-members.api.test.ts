import { AuditEvent, Session, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;
let admin: User;
let adminAuth: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  admin = await t.make.companyMember(w.c1, { companyRole: "admin", displayName: "Aoba Admin" });
  adminAuth = { authorization: `Bearer ${await t.login(admin.email)}` };
  await t.db.manager.getRepository(User).update(w.m1.id, { companyRole: "member" });
});
afterAll(() => t.close());

const members = (auth: { authorization: string }, companyId = w.c1.id) => t.http.get(`/api/companies/${companyId}/members`).set(auth);

describe("GET /api/companies/:id/members", () => {
  test("the company admin and the coordinator see the active members, admins first", async () => {
    for (const auth of [adminAuth, w.auth("coordinator")]) {
      const res = await members(auth);
      expect(res.status).toBe(200);
      expect(res.body.items.map((m: { id: number; companyRole: string }) => [m.id, m.companyRole])).toEqual([[admin.id, "admin"], [w.m1.id, "member"]]);
    }
  });

  test("a plain member → 403; another company's admin, staff and institution admins → 404", async () => {
    expect((await members(w.auth("m1"))).status).toBe(403);
    expect((await members(adminAuth, w.c2.id)).status).toBe(404);
    expect((await members(w.auth("m2"))).status).toBe(404);
    expect((await members(w.auth("adminA"))).status).toBe(404);
    expect((await members(w.auth("staffA1"))).status).toBe(404);
    expect((await t.http.get(`/api/companies/${w.c1.id}/members`)).status).toBe(401);
    expect((await t.http.get("/api/companies/abc/members").set(adminAuth)).status).toBe(400);
  });
});

describe("PATCH and DELETE /api/companies/:id/members/:userId", () => {
  test("the admin promotes a member; the last admin cannot step down or be removed (409)", async () => {
    const lone = await t.make.company();
    const only = await t.make.companyMember(lone, { companyRole: "admin" });
    const loneAuth = { authorization: `Bearer ${await t.login(only.email)}` };
    const demote = await t.http.patch(`/api/companies/${lone.id}/members/${only.id}`).set(loneAuth).send({ role: "member" });
    expect(demote.status).toBe(409);
    expect(demote.body.error.details.reason).toBe("last_company_admin");
    const remove = await t.http.delete(`/api/companies/${lone.id}/members/${only.id}`).set(w.auth("coordinator"));
    expect(remove.status).toBe(409);
    expect((await t.db.manager.getRepository(User).findOneByOrFail({ id: only.id })).companyRole).toBe("admin");

    const promote = await t.http.patch(`/api/companies/${w.c1.id}/members/${w.m1.id}`).set(adminAuth).send({ role: "admin" });
    expect(promote.status).toBe(200);
    expect(promote.body.member).toMatchObject({ id: w.m1.id, companyRole: "admin" });
    expect(await t.db.manager.getRepository(AuditEvent).existsBy({ action: "company_member.role_changed", entityId: w.m1.id, companyId: w.c1.id })).toBe(true);
    const back = await t.http.patch(`/api/companies/${w.c1.id}/members/${w.m1.id}`).set(w.auth("coordinator")).send({ role: "member" });
    expect(back.body.member.companyRole).toBe("member");
  });

  test("refused: a plain member (403), another company's admin (404), bad role (400, unchanged), unknown member (404)", async () => {
    const path = `/api/companies/${w.c1.id}/members/${admin.id}`;
    expect((await t.http.patch(path).set(w.auth("m1")).send({ role: "member" })).status).toBe(403);
    expect((await t.http.delete(path).set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.patch(path).set(w.auth("m2")).send({ role: "member" })).status).toBe(404);
    expect((await t.http.delete(path).set(w.auth("adminA"))).status).toBe(404);
    const bad = await t.http.patch(path).set(adminAuth).send({ role: "owner" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe("role");
    expect((await t.db.manager.getRepository(User).findOneByOrFail({ id: admin.id })).companyRole).toBe("admin");
    expect((await t.http.patch(`/api/companies/${w.c1.id}/members/${w.m2.id}`).set(adminAuth).send({ role: "admin" })).status).toBe(404);
  });

  test("a removed member is deactivated and signed out everywhere", async () => {
    const leaver = await t.make.companyMember(w.c1, { companyRole: "member" });
    const token = await t.login(leaver.email);
    const res = await t.http.delete(`/api/companies/${w.c1.id}/members/${leaver.id}`).set(adminAuth);
    expect(res.status).toBe(204);
    expect((await t.db.manager.getRepository(User).findOneByOrFail({ id: leaver.id })).active).toBe(false);
    expect(await t.db.manager.getRepository(Session).countBy({ userId: leaver.id })).toBe(0);
    expect((await t.http.get("/api/auth/me").set({ authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await t.http.post("/api/auth/login").send({ email: leaver.email, password: "correct horse battery" })).status).toBe(401);
    expect((await members(adminAuth)).body.items.map((m: { id: number }) => m.id)).not.toContain(leaver.id);
    expect(await t.db.manager.getRepository(AuditEvent).existsBy({ action: "company_member.removed", entityId: leaver.id })).toBe(true);
  });
});
