import { Writable } from "node:stream";
import pino from "pino";
import { AuditEvent, Session, User } from "../../../server/platform/db/entities";
import { Factories } from "../../helpers/factories";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

const NEW_PASSWORD = "a brand new passphrase";
let t: TestApp;
let w: World;
const logLines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({ write: (chunk, _encoding, done) => { logLines.push(String(chunk)); done(); } });
  t = await createTestApp({ config: { loginRateLimit: { windowMs: 60_000, max: 5, maxPerAddress: 100 } }, logger: pino({ level: "trace" }, sink) });
  w = await buildWorld(t);
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const storedHash = async (userId: number) => (await t.db.manager.getRepository(User).findOneByOrFail({ id: userId })).passwordHash;
const auditOf = (action: string, entityId: number) => t.db.manager.getRepository(AuditEvent).findBy({ action, entityId });
const loginStatus = async (email: string, password: string) => (await t.http.post("/api/auth/login").send({ email, password })).status;

describe("POST /api/auth/password (change my password)", () => {
  test("stores the new hash, ends every other session, keeps this one, and writes an audit row", async () => {
    const user = await t.make.companyMember(w.c1);
    const [mine, phone, laptop] = [await t.login(user.email), await t.login(user.email), await t.login(user.email)];
    const before = await storedHash(user.id);
    const res = await t.http.post("/api/auth/password").set(bearer(mine)).send({ currentPassword: Factories.PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: true, otherSessionsEnded: 2 });
    expect(await storedHash(user.id)).not.toBe(before);
    expect((await t.http.get("/api/auth/me").set(bearer(mine))).status).toBe(200);
    for (const other of [phone, laptop]) expect((await t.http.get("/api/auth/me").set(bearer(other))).status).toBe(401);
    expect(await loginStatus(user.email, Factories.PASSWORD)).toBe(401);
    expect(await loginStatus(user.email, NEW_PASSWORD)).toBe(200);
    expect(await auditOf("user.password_changed", user.id)).toEqual([
      expect.objectContaining({ actorUserId: user.id, entityType: "user", companyId: w.c1.id, details: { otherSessionsEnded: 2 } }),
    ]);
  });

  test("works for every role, and on a cookie session with the CSRF header", async () => {
    const { user } = await t.make.staff(w.instA, []);
    const agent = (await import("supertest")).default.agent(t.app);
    const login = await agent.post("/api/auth/login").send({ email: user.email, password: Factories.PASSWORD });
    const body = { currentPassword: Factories.PASSWORD, newPassword: NEW_PASSWORD };
    expect((await agent.post("/api/auth/password").send(body)).status).toBe(403);
    const res = await agent.post("/api/auth/password").set("x-csrf-token", login.body.csrfToken).send(body);
    expect(res.status).toBe(200);
    expect((await agent.get("/api/auth/me")).status).toBe(200);
    expect(await auditOf("user.password_changed", user.id)).toEqual([expect.objectContaining({ institutionId: w.instA.id })]);
  });

  test("a wrong current password → 422 wrong_password; nothing changes", async () => {
    const user = await t.make.companyMember();
    const [mine, other] = [await t.login(user.email), await t.login(user.email)];
    const before = await storedHash(user.id);
    const res = await t.http.post("/api/auth/password").set(bearer(mine)).send({ currentPassword: "not my password", newPassword: NEW_PASSWORD });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: { code: "rule_violation", message: expect.any(String), details: { reason: "wrong_password" } } });
    expect(await storedHash(user.id)).toBe(before);
    expect((await t.http.get("/api/auth/me").set(bearer(other))).status).toBe(200);
    expect(await auditOf("user.password_changed", user.id)).toEqual([]);
  });

  test("a weak, unchanged or missing new password → 400 naming the field; anonymous → 401", async () => {
    const user = await t.make.companyMember();
    const token = await t.login(user.email);
    const cases = [
      [{ currentPassword: Factories.PASSWORD, newPassword: "short" }, "newPassword"],
      [{ currentPassword: Factories.PASSWORD, newPassword: Factories.PASSWORD }, "newPassword"],
      [{ currentPassword: Factories.PASSWORD }, "newPassword"],
      [{ newPassword: NEW_PASSWORD }, "currentPassword"],
    ] as const;
    for (const [body, field] of cases) {
      const res = await t.http.post("/api/auth/password").set(bearer(token)).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details.issues[0].path).toBe(field);
    }
    const anonymous = await t.http.post("/api/auth/password").send({ currentPassword: Factories.PASSWORD, newPassword: NEW_PASSWORD });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthenticated");
  });

  test("wrong current passwords share the login budget: failed logins and failed changes add up to 429", async () => {
    const user = await t.make.companyMember();
    const bystander = await t.make.companyMember();
    const token = await t.login(user.email);
    const bystanderToken = await t.login(bystander.email);
    const wrong = { currentPassword: "guess-guess", newPassword: NEW_PASSWORD };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await loginStatus(user.email, "guess-guess"));
    for (let i = 0; i < 3; i++) statuses.push((await t.http.post("/api/auth/password").set(bearer(token)).send(wrong)).status);
    expect(statuses).toEqual([401, 401, 401, 422, 422, 429]);
    const right = await t.http.post("/api/auth/password").set(bearer(token)).send({ currentPassword: Factories.PASSWORD, newPassword: NEW_PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe("rate_limited");
    expect(await loginStatus(user.email, Factories.PASSWORD)).toBe(429);
    expect((await t.http.post("/api/auth/password").set(bearer(bystanderToken)).send({ currentPassword: Factories.PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(200);
  });

  test("successful changes do not use up the budget", async () => {
    const user = await t.make.companyMember();
    const token = await t.login(user.email);
    let current = Factories.PASSWORD;
    for (let i = 0; i < 6; i++) {
      const next = `${NEW_PASSWORD} ${i}`;
      expect((await t.http.post("/api/auth/password").set(bearer(token)).send({ currentPassword: current, newPassword: next })).status).toBe(200);
      current = next;
    }
  });
});

describe("POST /api/users/:id/password-reset", () => {
  const reset = (who: Parameters<World["auth"]>[0], userId: number, password = NEW_PASSWORD) =>
    t.http.post(`/api/users/${userId}/password-reset`).set(w.auth(who)).send({ password });

  test("an admin resets a staff member of their institution: new password works, all sessions end, audited, nothing secret leaks", async () => {
    const { user } = await t.make.staff(w.instA, []);
    const sessions = [await t.login(user.email), await t.login(user.email)];
    logLines.length = 0;
    const res = await reset("adminA", user.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: user.id, sessionsEnded: 2 });
    for (const token of sessions) expect((await t.http.get("/api/auth/me").set(bearer(token))).status).toBe(401);
    expect(await t.db.manager.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    const hash = await storedHash(user.id);
    const leaks = [NEW_PASSWORD, hash, hash.split("$")[5]];
    for (const secret of leaks) {
      expect(res.text).not.toContain(secret);
      expect(logLines.join("")).not.toContain(secret);
    }
    expect(logLines.join("")).toContain("password-reset");
    const [audit] = await auditOf("user.password_reset", user.id);
    expect(audit).toMatchObject({ actorUserId: w.adminA.id, entityType: "user", institutionId: w.instA.id, details: { role: "staff", sessionsEnded: 2 } });
    expect(JSON.stringify(audit)).not.toContain(hash);
    expect(await loginStatus(user.email, Factories.PASSWORD)).toBe(401);
    expect(await loginStatus(user.email, NEW_PASSWORD)).toBe(200);
  });

  test("the audit row shows in the admin's audit trail", async () => {
    const { user } = await t.make.staff(w.instA, []);
    expect((await reset("adminA", user.id)).status).toBe(200);
    const trail = await t.http.get("/api/audit-events").set(w.auth("adminA"));
    expect(trail.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: "user.password_reset", entityId: user.id })]));
  });

  test("the coordinator resets company members, staff and admins of any institution", async () => {
    const member = await t.make.companyMember(w.c2);
    const { user: staffB } = await t.make.staff(w.instB, []);
    const adminB = await t.make.admin(w.instB);
    for (const target of [member, staffB, adminB]) {
      const res = await reset("coordinator", target.id);
      expect(res.status).toBe(200);
      expect(await loginStatus(target.email, NEW_PASSWORD)).toBe(200);
    }
    expect(await auditOf("user.password_reset", member.id)).toEqual([expect.objectContaining({ actorUserId: w.coordinator.id, companyId: w.c2.id })]);
  });

  test("refusals: 404 for accounts the caller may not see, 403 for those seen but not managed; nothing changes", async () => {
    const colleagueAdmin = await t.make.admin(w.instA);
    const otherCoordinator = await t.make.coordinator();
    const { user: staffB } = await t.make.staff(w.instB, []);
    const m1Colleague = await t.make.companyMember(w.c1);
    const cases: Array<[Parameters<World["auth"]>[0], User, number]> = [
      ["adminA", staffB, 404],
      ["adminA", w.m1, 404],
      ["adminB", w.staffA1.user, 404],
      ["staffB", w.staffA1.user, 404],
      ["m1", w.m2, 404],
      ["m1", w.staffA1.user, 404],
      ["adminA", colleagueAdmin, 403],
      ["adminA", w.adminA, 403],
      ["staffA2", w.staffA1.user, 403],
      ["m1", m1Colleague, 403],
      ["coordinator", otherCoordinator, 403],
      ["coordinator", w.coordinator, 403],
    ];
    for (const [who, target, status] of cases) {
      const before = await storedHash(target.id);
      const res = await reset(who, target.id);
      expect({ who, target: target.email, status: res.status, code: res.body.error?.code }).toEqual({ who, target: target.email, status, code: status === 404 ? "not_found" : "forbidden" });
      expect(await storedHash(target.id)).toBe(before);
    }
  });

  test("bad input → 400; unknown account → 404; anonymous → 401", async () => {
    const { user } = await t.make.staff(w.instA, []);
    expect((await reset("adminA", user.id, "short")).body.error).toMatchObject({ code: "validation_failed", details: { issues: [expect.objectContaining({ path: "password" })] } });
    expect((await t.http.post(`/api/users/${user.id}/password-reset`).set(w.auth("adminA")).send({})).status).toBe(400);
    expect((await t.http.post("/api/users/abc/password-reset").set(w.auth("adminA")).send({ password: NEW_PASSWORD })).status).toBe(400);
    expect((await reset("adminA", 999_999)).status).toBe(404);
    expect((await t.http.post(`/api/users/${user.id}/password-reset`).send({ password: NEW_PASSWORD })).status).toBe(401);
  });
});
