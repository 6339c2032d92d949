import { Session, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { Factories } from "../../helpers/factories";

let t: TestApp;
let member: User;

beforeAll(async () => {
  t = await createTestApp({ config: { loginRateLimit: { windowMs: 60_000, max: 5, maxPerAddress: 100 } } });
  member = await t.make.companyMember(undefined, { email: "member@test.example" });
});
afterAll(() => t.close());

describe("login", () => {
  test("right credentials → 200 with user, token, csrf token and an httpOnly session cookie", async () => {
    const res = await t.http.post("/api/auth/login").send({ email: "Member@Test.example", password: Factories.PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: member.id, email: "member@test.example", role: "company_member" });
    expect(res.body.token).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|scrypt\$/);
    const cookies = res.headers["set-cookie"] as unknown as string[];
    expect(cookies.find((c) => c.startsWith("sid="))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith("csrf_token="))).not.toMatch(/HttpOnly/i);
  });

  test("only a hash of the token is stored", async () => {
    const token = await t.login("member@test.example");
    const sessions = await t.db.manager.getRepository(Session).find();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
  });

  test("wrong password and unknown email → 401 with the documented body", async () => {
    for (const body of [{ email: "member@test.example", password: "nope-nope-nope" }, { email: "ghost@test.example", password: "whatever-123" }]) {
      const res = await t.http.post("/api/auth/login").send(body);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    }
  });

  test("malformed bodies → 400, never 5xx", async () => {
    for (const body of [{}, { email: "not-an-email", password: "x" }, { email: 42, password: [] }, "just a string"]) {
      const res = await t.http.post("/api/auth/login").send(body as object);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    const broken = await t.http.post("/api/auth/login").set("content-type", "application/json").send("{oops");
    expect(broken.status).toBe(400);
    expect(broken.text).not.toMatch(/at .*\.js:\d+/);
  });

  test("a disabled account cannot sign in, and its sessions stop working", async () => {
    const user = await t.make.companyMember();
    const token = await t.login(user.email);
    await t.db.write((em) => em.getRepository(User).update(user.id, { active: false }));
    expect((await t.http.get("/api/auth/me").set("authorization", `Bearer ${token}`)).status).toBe(401);
    expect((await t.http.post("/api/auth/login").send({ email: user.email, password: Factories.PASSWORD })).status).toBe(401);
  });
});

describe("sessions", () => {
  test("bearer token: me, then logout ends the session", async () => {
    const token = await t.login("member@test.example");
    const me = await t.http.get("/api/auth/me").set("authorization", `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe("member@test.example");
    expect((await t.http.post("/api/auth/logout").set("authorization", `Bearer ${token}`)).status).toBe(204);
    expect((await t.http.get("/api/auth/me").set("authorization", `Bearer ${token}`)).status).toBe(401);
  });

  test("me without a session → 401; an invalid bearer token → 401", async () => {
    expect((await t.http.get("/api/auth/me")).status).toBe(401);
    expect((await t.http.get("/api/auth/me").set("authorization", "Bearer forged-token")).status).toBe(401);
  });

  test("expired sessions are refused", async () => {
    const token = await t.login("member@test.example");
    t.clock.advance(15 * 24 * 3_600_000);
    try {
      expect((await t.http.get("/api/auth/me").set("authorization", `Bearer ${token}`)).status).toBe(401);
    } finally {
      t.clock.advance(-15 * 24 * 3_600_000);
    }
  });

  test("cookie sessions work, and state changes need the CSRF header", async () => {
    const agent = (await import("supertest")).default.agent(t.app);
    const login = await agent.post("/api/auth/login").send({ email: "member@test.example", password: Factories.PASSWORD });
    expect((await agent.get("/api/auth/me")).status).toBe(200);
    const noCsrf = await agent.post("/api/auth/logout");
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe("forbidden");
    expect((await agent.post("/api/auth/logout").set("x-csrf-token", "wrong")).status).toBe(403);
    expect((await agent.post("/api/auth/logout").set("x-csrf-token", login.body.csrfToken)).status).toBe(204);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
  });
});

describe("sign-up", () => {
  test("creates a company and its first member, signed in", async () => {
    const res = await t.http.post("/api/auth/signup").send({
      companyName: "Sendai Optics KK", contactName: "Aiko Mori", email: "aiko@sendai-optics.example", password: "a-long-password", locale: "en", customerType: "sme",
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ role: "company_member", companyRole: "admin", company: { name: "Sendai Optics KK", customerType: "sme", verification: "unverified" } });
    expect((await t.http.get("/api/auth/me").set("authorization", `Bearer ${res.body.token}`)).status).toBe(200);
  });

  test("duplicate email → 409; weak input → 400 naming the field", async () => {
    const body = { companyName: "X", contactName: "Y", email: "member@test.example", password: "a-long-password", customerType: "company" };
    const dup = await t.http.post("/api/auth/signup").send(body);
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.reason).toBe("email_taken");
    const weak = await t.http.post("/api/auth/signup").send({ ...body, email: "new@test.example", password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.issues[0].path).toBe("password");
  });
});

describe("rate limiting", () => {
  test("repeated failed logins for one account → 429, other accounts unaffected", async () => {
    const user = await t.make.companyMember();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.http.post("/api/auth/login").send({ email: user.email, password: "wrong-wrong" })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const locked = await t.http.post("/api/auth/login").send({ email: user.email, password: Factories.PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("rate_limited");
    expect((await t.http.post("/api/auth/login").send({ email: "member@test.example", password: Factories.PASSWORD })).status).toBe(200);
  });
});

describe("headers", () => {
  test("security headers are set and the server does not announce itself", async () => {
    const res = await t.http.get("/api/health");
    expect(res.status).toBe(200);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  test("unknown API routes → 404 JSON", async () => {
    const res = await t.http.get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
