import { CalendarFeed, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { Factories } from "../../helpers/factories";

/** The holes found by probing sign-in and input handling (issue #20), each closed and kept closed. */

const login = (t: TestApp, email: string, password: string) => t.http.post("/api/auth/login").send({ email, password });

describe("login limits", () => {
  test("the per-account limit keys on the address as sign-in reads it: another spelling buys no attempts", async () => {
    const t = await createTestApp({ config: { loginRateLimit: { windowMs: 60_000, max: 3, maxPerAddress: 100 } } });
    try {
      await t.make.companyMember(undefined, { email: "member@test.example" });
      for (let n = 0; n < 3; n++) expect((await login(t, "member@test.example", "wrong-wrong")).status).toBe(401);
      const res = await login(t, "  MEMBER@test.example ", Factories.PASSWORD);
      expect(res.status).toBe(429);
      expect(res.body).toEqual({ error: { code: "rate_limited", message: expect.any(String) } });
    } finally {
      await t.close();
    }
  });

  test("one address cannot try passwords on every account: failed logins are counted per address too", async () => {
    const t = await createTestApp({ config: { loginRateLimit: { windowMs: 60_000, max: 10, maxPerAddress: 4 } } });
    try {
      await t.make.companyMember(undefined, { email: "real@test.example" });
      for (let n = 0; n < 4; n++) expect((await login(t, `ghost${n}@test.example`, "whatever-123")).status).toBe(401);
      expect((await login(t, "ghost9@test.example", "whatever-123")).status).toBe(429);
      expect((await login(t, "real@test.example", "whatever-123")).status).toBe(429);
    } finally {
      await t.close();
    }
  });

  test("a burst of logins beyond what can be hashed at once is answered 429 at once, never 5xx", async () => {
    const t = await createTestApp({ config: { loginRateLimit: { windowMs: 60_000, max: 1000, maxPerAddress: 1000 } } });
    try {
      const statuses = (await Promise.all(Array.from({ length: 120 }, (_, n) => login(t, `burst${n}@test.example`, "whatever-123")))).map((r) => r.status);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(4);
    } finally {
      await t.close();
    }
  });
});

describe("input", () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const signup = (password: string, email = "new@test.example") =>
    t.http.post("/api/auth/signup").send({ companyName: "Aoba Coatings", contactName: "Hanako Sato", email, password, customerType: "sme" });

  test.each(["aaaaaaaaaa", "1234567890", "new@test.example", "          ", "qwertyuiop", "password1234"])("a guessable password (%j) is refused with the field named, nothing saved", async (password) => {
    const before = await t.db.manager.getRepository(User).count();
    const res = await signup(password);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: "password", code: "weak_password" })]);
    expect(await t.db.manager.getRepository(User).count()).toBe(before);
  });

  test("a strong password signs up; changing to a weak one and an admin resetting to one are refused too", async () => {
    const res = await signup("a brand new passphrase", "strong@test.example");
    expect(res.status).toBe(201);
    const change = await t.http.post("/api/auth/password").set("authorization", `Bearer ${res.body.token}`).send({ currentPassword: "a brand new passphrase", newPassword: "strong@test.example" });
    expect(change.status).toBe(400);
    expect(change.body.error.details.issues[0]).toMatchObject({ path: "newPassword", code: "weak_password" });
    const coordinator = await t.make.coordinator();
    const token = await t.login(coordinator.email);
    const reset = await t.http.post(`/api/users/${res.body.user.id}/password-reset`).set("authorization", `Bearer ${token}`).send({ password: "1111111111" });
    expect(reset.status).toBe(400);
  });

  test("text that is not well-formed Unicode (a lone surrogate) is a 400 and nothing is saved", async () => {
    const member = await t.make.companyMember();
    const token = await t.login(member.email);
    const res = await t.http.post("/api/calendar/feeds").set("authorization", `Bearer ${token}`).send({ kind: "company", label: "\ud800" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(await t.db.manager.getRepository(CalendarFeed).countBy({ ownerUserId: member.id })).toBe(0);
  });

  test("API answers are never stored by browsers or proxies", async () => {
    const member = await t.make.companyMember();
    const token = await t.login(member.email);
    for (const path of ["/api/auth/me", "/api/instruments", "/api/reservations"]) {
      const res = await t.http.get(path).set("authorization", `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  test("the coordinator previews a window's bookings by naming the institution; without one, a 400 that says so", async () => {
    const institution = await t.make.institution();
    const token = await t.login((await t.make.coordinator()).email);
    const window = "start=2027-06-09T01:00:00.000Z&end=2027-06-09T03:00:00.000Z";
    const without = await t.http.get(`/api/blackouts/affected?${window}`).set("authorization", `Bearer ${token}`);
    expect(without.status).toBe(400);
    expect(without.body.error.details.issues[0]).toMatchObject({ path: "institutionId" });
    const named = await t.http.get(`/api/blackouts/affected?${window}&institutionId=${institution.id}`).set("authorization", `Bearer ${token}`);
    expect(named.status).toBe(200);
    expect(named.body).toEqual({ reservations: [] });
  });
});
