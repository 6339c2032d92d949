import type { Company, User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

/** GET /api/users: the account directory (coordinator: everyone; institution admins: their own institution's). */
let t: TestApp;
let w: World;
let hoshino: Company;
let tanaka: User;
let tanakaStaff: User;
let suzuki: User;
let retired: User;
let yamada: User;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  hoshino = await t.make.company({ name: "Hoshino Optics" });
  tanaka = await t.make.companyMember(hoshino, { displayName: "Hanako Tanaka", email: "h.tanaka@hoshino.example" });
  suzuki = await t.make.companyMember(hoshino, { displayName: "Ichiro Suzuki", email: "ichiro@hoshino.example" });
  retired = await t.make.companyMember(hoshino, { displayName: "Jiro Tanaka", email: "jiro_100%@hoshino.example", active: false });
  tanakaStaff = (await t.make.staff(w.instA, [], { user: { displayName: "Kenta Tanaka", email: "kenta@univ-a.example" } })).user;
  yamada = await t.make.companyMember(w.c2, { displayName: "山田 花子", email: "yamada@kitakami.example" });
});
afterAll(() => t.close());

const list = (who: Parameters<World["auth"]>[0], query: Record<string, string | number> = {}) => t.http.get("/api/users").set(w.auth(who)).query(query);
const ids = (res: { body: { items: Array<{ id: number }> } }) => res.body.items.map((item) => item.id);

describe("the coordinator", () => {
  test("lists every account by name, with company or institution, state, last sign-in and whether they may reset it", async () => {
    const res = await list("coordinator", { pageSize: 100 });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(13);
    const names: string[] = res.body.items.map((item: { displayName: string }) => item.displayName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byId = new Map(res.body.items.map((item: { id: number }) => [item.id, item]));
    expect(byId.get(tanaka.id)).toEqual({
      id: tanaka.id,
      displayName: "Hanako Tanaka",
      email: "h.tanaka@hoshino.example",
      role: "company_member",
      company: { id: hoshino.id, name: "Hoshino Optics" },
      institution: null,
      active: true,
      lastLoginAt: null,
      canResetPassword: true,
    });
    expect(byId.get(w.adminA.id)).toMatchObject({
      role: "institution_admin",
      company: null,
      institution: { id: w.instA.id, name: w.instA.nameEn },
      lastLoginAt: "2027-06-07T00:00:00.000Z",
      canResetPassword: true,
    });
    expect(byId.get(retired.id)).toMatchObject({ active: false });
    expect(byId.get(w.coordinator.id)).toMatchObject({ role: "coordinator", canResetPassword: false });
  });

  test("institution names follow the requested language", async () => {
    const res = await list("coordinator", { role: "institution_admin", lang: "ja" });
    expect(res.body.items.map((item: { institution: { name: string } }) => item.institution.name).sort()).toEqual([w.instA.nameJa, w.instB.nameJa].sort());
  });

  test("q finds every word in the name or the email, whatever the case", async () => {
    expect(ids(await list("coordinator", { q: "tanaka" }))).toEqual([tanaka.id, retired.id, tanakaStaff.id]);
    expect(ids(await list("coordinator", { q: "TANAKA hanako" }))).toEqual([tanaka.id]);
    expect(ids(await list("coordinator", { q: "HOSHINO.example" }))).toEqual([tanaka.id, suzuki.id, retired.id]);
    expect(ids(await list("coordinator", { q: "ｉｃｈｉｒｏ" }))).toEqual([suzuki.id]);
    expect(ids(await list("coordinator", { q: "山田" }))).toEqual([yamada.id]);
    expect(ids(await list("coordinator", { q: "tanaka nobody" }))).toEqual([]);
  });

  test("% and _ in q are searched literally", async () => {
    expect(ids(await list("coordinator", { q: "100%" }))).toEqual([retired.id]);
    expect(ids(await list("coordinator", { q: "_" }))).toEqual([retired.id]);
    expect(ids(await list("coordinator", { q: "%" }))).toEqual([retired.id]);
  });

  test("filters by role, company and institution", async () => {
    expect(ids(await list("coordinator", { q: "tanaka", role: "staff" }))).toEqual([tanakaStaff.id]);
    expect(ids(await list("coordinator", { companyId: hoshino.id }))).toEqual([tanaka.id, suzuki.id, retired.id]);
    const instB = await list("coordinator", { institutionId: w.instB.id });
    expect(ids(instB).sort()).toEqual([w.staffB.user.id, w.adminB.id].sort());
    expect((await list("coordinator", { role: "coordinator" })).body).toMatchObject({ total: 1, items: [{ id: w.coordinator.id }] });
  });

  test("pages keep the name order and the total", async () => {
    const all = ids(await list("coordinator", { pageSize: 100 }));
    const pages = await Promise.all([1, 2, 3].map((page) => list("coordinator", { page, pageSize: 5 })));
    expect(pages.map((res) => res.body.total)).toEqual([13, 13, 13]);
    expect(pages.map((res) => res.body.page)).toEqual([1, 2, 3]);
    expect(pages.flatMap(ids)).toEqual(all);
    expect((await list("coordinator", { page: 4, pageSize: 5 })).body).toEqual({ items: [], total: 13, page: 4, pageSize: 5 });
  });

  test("bad queries are 400 validation_failed", async () => {
    const queries: Array<Record<string, string | number>> = [{ role: "superuser" }, { pageSize: 1000 }, { page: 0 }, { companyId: "abc" }, { q: "x".repeat(201) }];
    for (const query of queries) {
      const res = await list("coordinator", query);
      expect({ query, status: res.status, code: res.body.error?.code }).toEqual({ query, status: 400, code: "validation_failed" });
    }
  });
});

describe("an institution admin", () => {
  test("sees their own institution's staff and admins, and may reset the staff's passwords", async () => {
    const res = await list("adminA", { pageSize: 100 });
    expect(res.status).toBe(200);
    expect(ids(res).sort()).toEqual([w.staffA1.user.id, w.staffA2.user.id, w.adminA.id, tanakaStaff.id].sort());
    const reset = Object.fromEntries(res.body.items.map((item: { id: number; canResetPassword: boolean }) => [item.id, item.canResetPassword]));
    expect(reset).toEqual({ [w.staffA1.user.id]: true, [w.staffA2.user.id]: true, [tanakaStaff.id]: true, [w.adminA.id]: false });
  });

  test("never finds company members or another institution's people", async () => {
    expect(ids(await list("adminA", { q: "tanaka" }))).toEqual([tanakaStaff.id]);
    expect(ids(await list("adminA", { companyId: hoshino.id }))).toEqual([]);
    expect(ids(await list("adminA", { role: "company_member" }))).toEqual([]);
    expect(ids(await list("adminB", { q: "kenta" }))).toEqual([]);
  });

  test("asking for another institution is 403", async () => {
    const res = await list("adminA", { institutionId: w.instB.id });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: "forbidden" });
    expect((await list("adminA", { institutionId: w.instA.id })).status).toBe(200);
  });
});

test.each(["staffA1", "staffB", "m1"] as const)("%s is refused with 403", async (who) => {
  const res = await list(who);
  expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: "forbidden" });
});

test("anonymous callers are 401", async () => {
  expect((await t.http.get("/api/users")).status).toBe(401);
});
