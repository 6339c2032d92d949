import { AuditEvent, Institution } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const NEW = {
  nameJa: "北上工業高等専門学校",
  nameEn: "Kitakami KOSEN",
  kind: "kosen",
  prefecture: "Iwate",
  timezone: "Asia/Tokyo",
  closedOnNationalHolidays: true,
  contactEmail: "Kyoyo@Kitakami-kosen.example",
  contactPhone: "0197-00-1234",
  addressJa: "岩手県北上市1-2-3",
  addressEn: "1-2-3 Kitakami, Iwate",
  invoiceIssuerName: "独立行政法人国立高等専門学校機構",
  invoiceRegistrationNumber: "T7000012050002",
};

const count = () => t.db.manager.getRepository(Institution).count();

describe("POST /api/institutions", () => {
  test("the coordinator creates an institution, audited, listed with its invoice issuer", async () => {
    const res = await t.http.post("/api/institutions").set(w.auth("coordinator")).send(NEW);
    expect(res.status).toBe(201);
    expect(res.body.institution).toMatchObject({ nameEn: "Kitakami KOSEN", kind: "kosen", contactEmail: "kyoyo@kitakami-kosen.example", invoiceRegistrationNumber: "T7000012050002", instrumentCount: 0 });
    const id = res.body.institution.id;
    const list = await t.http.get("/api/institutions");
    expect(list.body.items.find((i: { id: number }) => i.id === id)).toMatchObject({ invoiceIssuerName: NEW.invoiceIssuerName });
    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "institution.created", entityId: id });
    expect(audit).toMatchObject({ actorUserId: w.coordinator.id, institutionId: id });
    const minimal = await t.http.post("/api/institutions").set(w.auth("coordinator")).send({ nameJa: "その他機関", nameEn: "Other body", kind: "other", prefecture: "Tokyo" });
    expect(minimal.status).toBe(201);
    expect(minimal.body.institution).toMatchObject({ timezone: "Asia/Tokyo", closedOnNationalHolidays: true, invoiceRegistrationNumber: null });
  });

  test.each(["adminA", "staffA1", "m1"] as const)("%s may not create one (403, nothing saved)", async (who) => {
    const before = await count();
    const res = await t.http.post("/api/institutions").set(w.auth(who)).send(NEW);
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });

  test("anonymous → 401", async () => {
    expect((await t.http.post("/api/institutions").send(NEW)).status).toBe(401);
  });

  test.each([
    ["a wrong check digit", { invoiceRegistrationNumber: "T1000012050002" }, "invoiceRegistrationNumber"],
    ["a number without T", { invoiceRegistrationNumber: "7000012050002" }, "invoiceRegistrationNumber"],
    ["an unknown time zone", { timezone: "Asia/Atlantis" }, "timezone"],
    ["an unknown kind", { kind: "castle" }, "kind"],
    ["a bad e-mail", { contactEmail: "not-an-email" }, "contactEmail"],
    ["a lone surrogate", { nameEn: "\ud800" }, "nameEn"],
    ["no name", { nameJa: "" }, "nameJa"],
  ])("400 for %s, nothing saved", async (_label, change, field) => {
    const before = await count();
    const res = await t.http.post("/api/institutions").set(w.auth("coordinator")).send({ ...NEW, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await count()).toBe(before);
  });
});

describe("PATCH /api/institutions/:id", () => {
  test("the coordinator edits any field", async () => {
    const res = await t.http.patch(`/api/institutions/${w.instB.id}`).set(w.auth("coordinator")).send({ nameEn: "Renamed B", timezone: "Asia/Kolkata", closedOnNationalHolidays: false });
    expect(res.status).toBe(200);
    expect(res.body.institution).toMatchObject({ nameEn: "Renamed B", timezone: "Asia/Kolkata", closedOnNationalHolidays: false });
    expect((await t.http.get(`/api/institutions/${w.instB.id}`)).body.institution.nameEn).toBe("Renamed B");
  });

  test("its own admin edits only the contacts; other fields → 403", async () => {
    const ok = await t.http.patch(`/api/institutions/${w.instA.id}`).set(w.auth("adminA")).send({ contactPhone: "+81 22 795 0000", addressEn: "6-6 Aoba" });
    expect(ok.status).toBe(200);
    expect(ok.body.institution).toMatchObject({ contactPhone: "+81 22 795 0000", addressEn: "6-6 Aoba" });
    const renamed = await t.http.patch(`/api/institutions/${w.instA.id}`).set(w.auth("adminA")).send({ nameEn: "Mine now", contactPhone: "022-000-0000" });
    expect(renamed.status).toBe(403);
    const row = await t.db.manager.getRepository(Institution).findOneByOrFail({ id: w.instA.id });
    expect(row.nameEn).not.toBe("Mine now");
    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "institution.updated", entityId: w.instA.id, actorUserId: w.adminA.id });
    expect(audit.details).toEqual({ fields: ["contactPhone", "addressEn"] });
  });

  test.each(["adminB", "staffA1", "m1"] as const)("%s may not edit institution A (403)", async (who) => {
    const res = await t.http.patch(`/api/institutions/${w.instA.id}`).set(w.auth(who)).send({ contactPhone: "000-0000-0000" });
    expect(res.status).toBe(403);
  });

  test("bad input → 400 and nothing changed; unknown id → 404", async () => {
    const before = await t.db.manager.getRepository(Institution).findOneByOrFail({ id: w.instA.id });
    const bad = await t.http.patch(`/api/institutions/${w.instA.id}`).set(w.auth("coordinator")).send({ nameEn: "Changed", invoiceRegistrationNumber: "T123" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe("invoiceRegistrationNumber");
    expect((await t.db.manager.getRepository(Institution).findOneByOrFail({ id: w.instA.id })).nameEn).toBe(before.nameEn);
    expect((await t.http.patch(`/api/institutions/${w.instA.id}`).set(w.auth("coordinator")).send({})).status).toBe(400);
    expect((await t.http.patch("/api/institutions/99999").set(w.auth("coordinator")).send({ nameEn: "x" })).status).toBe(404);
  });
});
