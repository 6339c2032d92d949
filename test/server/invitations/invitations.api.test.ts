import { AuditEvent, Invitation, MailOutbox, StaffMember, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";

let t: TestApp;
let w: World;
let companyAdmin: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  const admin = await t.make.companyMember(w.c1, { companyRole: "admin" });
  companyAdmin = { authorization: `Bearer ${await t.login(admin.email)}` };
});
afterAll(() => t.close());

const PASSWORD = "violet harbour lantern 42";
const tokenOf = (url: string) => url.split("/invite/")[1];
const invitations = () => t.db.manager.getRepository(Invitation).count();
const accept = (token: string, body: Record<string, unknown> = {}) =>
  t.http.post(`/api/invitations/${token}/accept`).send({ displayName: "Invited Person", password: PASSWORD, locale: "en", ...body });

async function inviteToInstitution(who: WorldRole | { authorization: string }, body: Record<string, unknown>, institutionId = w.instA.id) {
  return t.http.post(`/api/institutions/${institutionId}/invitations`).set(typeof who === "string" ? w.auth(who) : who).send(body);
}

describe("institution invitations", () => {
  test("the coordinator invites an admin: 201 with the link once, mailed, audited, stored as a hash", async () => {
    const res = await inviteToInstitution("coordinator", { email: "New.Admin@Test.Example", role: "admin", locale: "ja" });
    expect(res.status).toBe(201);
    expect(res.body.invitation).toEqual({ id: expect.any(Number), url: expect.stringMatching(/\/invite\/[A-Za-z0-9_-]{43}$/), expiresAt: "2027-06-14T00:00:00.000Z" });
    const row = await t.db.manager.getRepository(Invitation).findOneByOrFail({ id: res.body.invitation.id });
    expect(row).toMatchObject({ email: "new.admin@test.example", role: "institution_admin", institutionId: w.instA.id, invitedByUserId: w.coordinator.id });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(tokenOf(res.body.invitation.url));
    const mail = await t.db.manager.getRepository(MailOutbox).findOneByOrFail({ messageId: `<invitation-${row.id}@equipment-share>` });
    expect(mail).toMatchObject({ recipient: "new.admin@test.example", status: "pending" });
    expect(mail.subject).toContain("招待");
    expect(mail.text).toContain(res.body.invitation.url);
    expect(await t.db.manager.getRepository(AuditEvent).existsBy({ action: "invitation.created", entityId: row.id, institutionId: w.instA.id })).toBe(true);

    const preview = await t.http.get(`/api/invitations/${tokenOf(res.body.invitation.url)}`);
    expect(preview.status).toBe(200);
    expect(preview.body.invitation).toMatchObject({ email: "new.admin@test.example", role: "institution_admin", state: "pending", institution: { id: w.instA.id }, company: null, invitedBy: w.coordinator.displayName });

    const accepted = await accept(tokenOf(res.body.invitation.url));
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ email: "new.admin@test.example", role: "institution_admin", institutionId: w.instA.id, displayName: "Invited Person", locale: "en" });
    const me = await t.http.get("/api/auth/me").set({ authorization: `Bearer ${accepted.body.token}` });
    expect(me.body.user.role).toBe("institution_admin");
    expect((await t.http.get(`/api/invitations/${tokenOf(res.body.invitation.url)}`)).body.invitation.state).toBe("accepted");
    const again = await accept(tokenOf(res.body.invitation.url), { password: "another long passphrase 7" });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe("invitation_used");
  });

  test("an institution admin invites staff; accepting makes a staff record that signs in", async () => {
    const res = await inviteToInstitution("adminA", { email: "tech@test.example", role: "staff" });
    expect(res.status).toBe(201);
    const accepted = await accept(tokenOf(res.body.invitation.url), { displayName: "Kenji Mori" });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ role: "staff", institutionId: w.instA.id, staffMemberId: expect.any(Number) });
    const member = await t.db.manager.getRepository(StaffMember).findOneByOrFail({ id: accepted.body.user.staffMemberId });
    expect(member).toMatchObject({ institutionId: w.instA.id, active: true });
    const staff = await t.http.get("/api/staff-members").set(w.auth("adminA"));
    expect(staff.body.items.map((s: { name: string }) => s.name)).toContain("Kenji Mori");
  });

  test.each(["adminB", "staffA1", "m1"] as const)("%s may not invite to institution A (403, nothing saved)", async (who) => {
    const before = await invitations();
    const res = await inviteToInstitution(who, { email: "x@test.example", role: "staff" });
    expect(res.status).toBe(403);
    expect((await t.http.get(`/api/institutions/${w.instA.id}/invitations`).set(w.auth(who))).status).toBe(403);
    expect(await invitations()).toBe(before);
  });

  test.each([
    [{ email: "not-mail", role: "staff" }, "email"],
    [{ email: "x@test.example", role: "owner" }, "role"],
    [{ email: "x@test.example", role: "staff", locale: "fr" }, "locale"],
  ])("bad input %o → 400, nothing saved", async (body, field) => {
    const before = await invitations();
    const res = await inviteToInstitution("adminA", body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe(field);
    expect(await invitations()).toBe(before);
  });

  test("an address that already has an account → 409 email_taken", async () => {
    const res = await inviteToInstitution("adminA", { email: w.staffA1.user.email, role: "staff" });
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe("email_taken");
  });

  test("listed with states; revoked by an admin, refused by another institution's admin", async () => {
    const res = await inviteToInstitution("adminA", { email: "revoke.me@test.example", role: "admin" });
    const id = res.body.invitation.id;
    expect((await t.http.delete(`/api/invitations/${id}`).set(w.auth("adminB"))).status).toBe(403);
    expect((await t.http.delete(`/api/invitations/${id}`).set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.delete(`/api/invitations/${id}`).set(w.auth("adminA"))).status).toBe(204);
    expect((await t.http.delete(`/api/invitations/${id}`).set(w.auth("adminA"))).body.error.details.reason).toBe("invitation_revoked");
    const list = await t.http.get(`/api/institutions/${w.instA.id}/invitations`).set(w.auth("adminA"));
    expect(list.status).toBe(200);
    const states = Object.fromEntries(list.body.items.map((i: { email: string; state: string }) => [i.email, i.state]));
    expect(states).toMatchObject({ "revoke.me@test.example": "revoked", "tech@test.example": "accepted", "new.admin@test.example": "accepted" });
    const refused = await accept(tokenOf(res.body.invitation.url));
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe("invitation_revoked");
    expect(await t.db.manager.getRepository(User).existsBy({ email: "revoke.me@test.example" })).toBe(false);
    expect(await t.db.manager.getRepository(AuditEvent).existsBy({ action: "invitation.revoked", entityId: id })).toBe(true);
  });
});

describe("company invitations", () => {
  test("a company admin invites a member; the member signs in with the company", async () => {
    const res = await t.http.post(`/api/companies/${w.c1.id}/invitations`).set(companyAdmin).send({ email: "colleague@aoba.example", role: "member" });
    expect(res.status).toBe(201);
    const accepted = await accept(tokenOf(res.body.invitation.url), { displayName: "Aoba Colleague", locale: "ja" });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ role: "company_member", companyId: w.c1.id, companyRole: "member", company: { id: w.c1.id } });
  });

  test("the coordinator may invite a company admin", async () => {
    const res = await t.http.post(`/api/companies/${w.c2.id}/invitations`).set(w.auth("coordinator")).send({ email: "boss@kitakami.example", role: "admin" });
    expect(res.status).toBe(201);
    expect((await accept(tokenOf(res.body.invitation.url))).body.user).toMatchObject({ companyId: w.c2.id, companyRole: "admin" });
  });

  test("a plain member (403), another company's admin and staff (404) are refused, nothing saved", async () => {
    const before = await invitations();
    const body = { email: "nope@test.example", role: "member" };
    expect((await t.http.post(`/api/companies/${w.c1.id}/invitations`).set(w.auth("m1")).send(body)).status).toBe(403);
    expect((await t.http.post(`/api/companies/${w.c2.id}/invitations`).set(companyAdmin).send(body)).status).toBe(404);
    expect((await t.http.get(`/api/companies/${w.c2.id}/invitations`).set(companyAdmin)).status).toBe(404);
    expect((await t.http.post(`/api/companies/${w.c1.id}/invitations`).set(w.auth("adminA")).send(body)).status).toBe(404);
    expect((await t.http.post(`/api/companies/${w.c1.id}/invitations`).set(companyAdmin).send({ ...body, role: "staff" })).status).toBe(400);
    expect(await invitations()).toBe(before);
  });
});

describe("accepting", () => {
  async function fresh(email: string) {
    const res = await t.http.post(`/api/companies/${w.c1.id}/invitations`).set(companyAdmin).send({ email, role: "member" });
    return { id: res.body.invitation.id as number, token: tokenOf(res.body.invitation.url) };
  }

  test("expires after 7 days by the clock: 409 invitation_expired, preview says expired", async () => {
    const { token } = await fresh("late@aoba.example");
    t.clock.advance(7 * 86_400_000);
    try {
      expect((await t.http.get(`/api/invitations/${token}`)).body.invitation.state).toBe("expired");
      const res = await accept(token);
      expect(res.status).toBe(409);
      expect(res.body.error.details.reason).toBe("invitation_expired");
    } finally {
      t.clock.advance(-7 * 86_400_000);
    }
  });

  test("weak password, bad fields → 400 and the invitation stays pending", async () => {
    const { token } = await fresh("careful@aoba.example");
    for (const body of [{ password: "aaaaaaaaaaaa" }, { password: "careful@aoba.example" }, { displayName: "" }, { locale: "de" }, { displayName: "\ud800" }]) {
      const res = await accept(token, body);
      expect(res.status).toBe(400);
    }
    expect((await t.http.get(`/api/invitations/${token}`)).body.invitation.state).toBe("pending");
    expect(await t.db.manager.getRepository(User).existsBy({ email: "careful@aoba.example" })).toBe(false);
  });

  test("unknown link → 404, malformed → 400", async () => {
    expect((await t.http.get(`/api/invitations/${"x".repeat(43)}`)).status).toBe(404);
    expect((await accept("y".repeat(43))).status).toBe(404);
    expect((await t.http.get("/api/invitations/short")).status).toBe(400);
  });

  test("an address that got an account meanwhile → 409 email_taken", async () => {
    const { token } = await fresh("twice@aoba.example");
    await t.make.companyMember(w.c2, { email: "twice@aoba.example" });
    const res = await accept(token);
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe("email_taken");
  });

  test("two accepts at once: one 201, one 409, one account", async () => {
    const { token } = await fresh("racer@aoba.example");
    const [a, b] = await Promise.all([accept(token), accept(token, { displayName: "Other racer" })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await t.db.manager.getRepository(User).countBy({ email: "racer@aoba.example" })).toBe(1);
    const racer = await t.db.manager.getRepository(Invitation).findOneByOrFail({ email: "racer@aoba.example" });
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "invitation.accepted", entityId: racer.id })).toBe(1);
  });
});
