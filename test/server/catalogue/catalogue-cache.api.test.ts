import type { Response } from "supertest";
import { catalogueRevision } from "../../../server/instruments/catalogue-revision";
import { Institution, Instrument, StaffMember } from "../../../server/platform/db/entities";
import { WEEKDAYS_9_17 } from "../../helpers/factories";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";

/**
 * The catalogue cache answers exactly what an uncached app would, after every kind of change: each check asks the
 * app under test (whose cache holds the answer from before the change) and a sibling app that has cached nothing.
 */
let t: TestApp;
let inst: Institution;
let sem: Instrument;
let xrd: Instrument;
let staff: { member: StaffMember };
let admin: { authorization: string };

const WEDNESDAY = "2027-06-09";

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 in Tokyo
  inst = await t.make.institution({ nameEn: "Aoba University", nameJa: "青葉大学" });
  sem = await t.make.instrument(inst, { nameEn: "Aobascope SEM", nameJa: "アオバスコープ" });
  xrd = await t.make.instrument(inst, { nameEn: "Diffractobox XRD", nameJa: "ディフラクトボックス", category: "xray_diffraction" });
  staff = await t.make.staff(inst, [sem]);
  admin = { authorization: `Bearer ${await t.login((await t.make.admin(inst)).email)}` };
});
afterAll(() => t.close());

type Item = { id: number; name: string; model: string; staffSupported: boolean; institution: { name: string } };
type Query = Record<string, string | number>;

async function list(http: TestApp["http"], query: Query = {}, headers: Record<string, string> = {}): Promise<Response> {
  const res = await http.get("/api/instruments").query(query).set(headers);
  expect(res.status).toBe(200);
  return res;
}

/** What an app that has never cached anything answers now. */
async function uncached(query: Query = {}, headers: Record<string, string> = {}): Promise<string> {
  const other = await t.sibling();
  try {
    return (await list(other.http, query, headers)).text;
  } finally {
    await other.close();
  }
}

/** The app's answer, asked twice (an answer is cached from its second ask), checked byte for byte against an uncached one. */
async function answer(query: Query = {}, headers: Record<string, string> = {}): Promise<{ items: Item[]; total: number }> {
  await list(t.http, query, headers);
  const res = await list(t.http, query, headers);
  expect(res.text).toBe(await uncached(query, headers));
  return res.body;
}

const find = (body: { items: Item[] }, id: number) => body.items.find((i) => i.id === id);

describe("the cached catalogue is fresh after every kind of change", () => {
  test("an instrument edited through the admin API", async () => {
    expect(find(await answer(), sem.id)!.name).toBe("Aobascope SEM");
    const res = await t.http.patch(`/api/instruments/${sem.id}`).set(admin).send({ nameEn: "Aobascope SEM (FE)", model: "JSM-IT800" });
    expect(res.status).toBe(200);
    expect(find(await answer(), sem.id)).toMatchObject({ name: "Aobascope SEM (FE)", model: "JSM-IT800" });
    expect((await answer({ q: "it800" })).items.map((i) => i.id)).toEqual([sem.id]);
  });

  test("an instrument added through the admin API", async () => {
    const before = await answer();
    const res = await t.http.post("/api/instruments").set(admin).send({
      nameJa: "キャッシュNMR", nameEn: "Cache NMR", category: "nmr", openingHours: WEEKDAYS_9_17,
      rules: { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 24, horizonDays: 60, requiresApproval: false },
      usageModes: { selfUse: true, staffOperated: true, training: true },
      rates: { academic: 1000, company: 8000, sme: 4000, assistancePerHour: 3000 },
    });
    expect(res.status).toBe(201);
    const after = await answer();
    expect(after.total).toBe(before.total + 1);
    expect(find(after, res.body.instrument.id)).toMatchObject({ name: "Cache NMR" });
  });

  test("an instrument retired through the admin API", async () => {
    const doomed = await t.make.instrument(inst, { nameEn: "Cache retiring" });
    expect(find(await answer(), doomed.id)).toBeDefined();
    expect((await t.http.post(`/api/instruments/${doomed.id}/status`).set(admin).send({ status: "retired" })).status).toBe(200);
    expect(find(await answer(), doomed.id)).toBeUndefined();
    expect(find(await answer({ status: "retired" }), doomed.id)).toBeDefined();
  });

  test("a staff member deactivated through the API: the instrument is no longer staff-supported", async () => {
    const alone = await t.make.instrument(inst, { nameEn: "Cache staffed" });
    const { member } = await t.make.staff(inst, [alone]);
    expect(find(await answer(), alone.id)!.staffSupported).toBe(true);
    expect((await t.http.patch(`/api/staff-members/${member.id}`).set(admin).send({ active: false })).status).toBe(200);
    expect(find(await answer(), alone.id)!.staffSupported).toBe(false);
  });

  test("the instruments a staff member supports, changed through the API", async () => {
    expect(find(await answer(), xrd.id)!.staffSupported).toBe(false);
    const res = await t.http.patch(`/api/staff-members/${staff.member.id}`).set(admin).send({ instrumentIds: [sem.id, xrd.id] });
    expect(res.status).toBe(200);
    expect(find(await answer(), xrd.id)!.staffSupported).toBe(true);
  });

  test("direct writes without the API: instrument, institution, staff assignment", async () => {
    const query = { q: "diffractobox" };
    await answer(query);
    await t.db.write((em) => em.getRepository(Instrument).update(xrd.id, { model: "SmartLab 9kW" }));
    expect(find(await answer(query), xrd.id)!.model).toBe("SmartLab 9kW");
    await t.db.write((em) => em.getRepository(Institution).update(inst.id, { nameEn: "Aoba Institute of Technology" }));
    expect(find(await answer(query), xrd.id)!.institution.name).toBe("Aoba Institute of Technology");
    const lone = await t.make.instrument(inst, { nameEn: "Cache unstaffed" });
    const assignments = () => t.db.manager.createQueryBuilder().relation(StaffMember, "instruments").of(staff.member.id);
    expect(find(await answer(), lone.id)!.staffSupported).toBe(false);
    await t.db.write(() => assignments().add(lone.id));
    expect(find(await answer(), lone.id)!.staffSupported).toBe(true);
    await t.db.write(() => assignments().remove(lone.id));
    expect(find(await answer(), lone.id)!.staffSupported).toBe(false);
  });
});

test("every insert, update and delete on a catalogue table moves the revision on", async () => {
  const revision = () => catalogueRevision(t.db.manager);
  const writes: Array<[string, () => Promise<unknown>]> = [];
  let extra: Institution;
  let spare: Institution;
  let instrument: Instrument;
  let member: StaffMember;
  const pair = () => `"staff_member_id" = ${member.id} AND "instrument_id" = ${instrument.id}`;
  writes.push(
    ["institution insert", async () => ([extra, spare] = [await t.make.institution(), await t.make.institution()])],
    ["institution update", () => t.db.write((em) => em.getRepository(Institution).update(extra.id, { contactPhone: "022-000-0000" }))],
    ["instrument insert", async () => (instrument = await t.make.instrument(extra))],
    ["instrument update", () => t.db.write((em) => em.getRepository(Instrument).update(instrument.id, { room: "B101" }))],
    ["staff_member insert", async () => (member = (await t.make.staff(extra, [])).member)],
    ["staff_member update", () => t.db.write((em) => em.getRepository(StaffMember).update(member.id, { active: false }))],
    ["staff_instrument insert", () => t.db.write((em) => em.query(`INSERT INTO "staff_instrument" ("staff_member_id", "instrument_id") VALUES (${member.id}, ${instrument.id})`))],
    ["staff_instrument update", () => t.db.write((em) => em.query(`UPDATE "staff_instrument" SET "instrument_id" = "instrument_id" WHERE ${pair()}`))],
    ["staff_instrument delete", () => t.db.write((em) => em.query(`DELETE FROM "staff_instrument" WHERE ${pair()}`))],
    ["staff_member delete", () => t.db.write((em) => em.getRepository(StaffMember).delete(member.id))],
    ["instrument delete", () => t.db.write((em) => em.getRepository(Instrument).delete(instrument.id))],
    ["institution delete", () => t.db.write((em) => em.getRepository(Institution).delete(spare.id))],
  );
  for (const [write, run] of writes) {
    const before = await revision();
    await run();
    expect({ write, moved: (await revision()) > before }).toEqual({ write, moved: true });
  }
});

test("a ranked page's rows (kept per revision) follow staff, institution and instrument writes", async () => {
  const probe = await t.make.instrument(inst, { nameEn: "Rowcache probe" });
  const query = { q: "rowcache" };
  const shown = async () => find(await answer(query), probe.id)!;
  expect((await shown()).staffSupported).toBe(false);
  await t.db.write(() => t.db.manager.createQueryBuilder().relation(StaffMember, "instruments").of(staff.member.id).add(probe.id));
  expect((await shown()).staffSupported).toBe(true);
  await t.db.write((em) => em.getRepository(Institution).update(inst.id, { nameEn: "Aoba Rowcache Institute" }));
  expect((await shown()).institution.name).toBe("Aoba Rowcache Institute");
  await t.db.write((em) => em.getRepository(Instrument).update(probe.id, { room: "R-404" }));
  expect(((await list(t.http, query)).body.items[0] as { location: { room: string } }).location.room).toBe("R-404");
});

test("two apps on one database (two server processes) see each other's changes", async () => {
  const other = await t.sibling();
  try {
    const query = { q: "aobascope" };
    await list(t.http, query);
    await list(other.http, query);
    expect((await t.http.patch(`/api/instruments/${sem.id}`).set(admin).send({ model: "Changed-by-first" })).status).toBe(200);
    expect(find((await list(other.http, query)).body, sem.id)!.model).toBe("Changed-by-first");
    expect((await other.http.patch(`/api/instruments/${sem.id}`).set(admin).send({ model: "Changed-by-second" })).status).toBe(200);
    expect(find((await list(t.http, query)).body, sem.id)!.model).toBe("Changed-by-second");
    expect((await list(t.http, query)).text).toBe((await list(other.http, query)).text);
  } finally {
    await other.close();
  }
});

test("cached answers equal uncached ones, whatever the filters, page and language", async () => {
  const queries: Array<[Query, Record<string, string>]> = [
    [{}, {}], [{}, { "accept-language": "ja" }], [{ lang: "ja", q: "アオバ" }, {}], [{ q: "AOBASCOPE  sem" }, {}], [{ q: "ａｏｂａｓｃｏｐｅ" }, {}],
    [{ q: "diffractobox" }, {}], [{ q: "結晶構造を調べたい" }, {}], [{ q: "difractobox", category: "xray_diffraction" }, {}], [{ category: "xray_diffraction" }, {}], [{ institutionId: inst.id }, {}], [{ prefecture: "Miyagi" }, {}],
    [{ status: "retired" }, {}], [{ page: 2, pageSize: 2 }, {}], [{ page: 1, pageSize: 2 }, {}],
  ];
  for (const [query, headers] of queries) await list(t.http, query, headers);
  for (const [query, headers] of queries) await answer(query, headers);
  const names = async (q: string) => (await list(t.http, { q })).body.items.map((i: Item) => i.id);
  expect(await names("aobascope")).toEqual([sem.id]);
  expect(await names("diffractobox")).toEqual([xrd.id]);
});

test("answers for a free date follow bookings and blackouts, which never touch the revision: not cached", async () => {
  const query = { freeOn: WEDNESDAY, q: "aobascope" };
  expect((await answer(query)).items.map((i) => i.id)).toEqual([sem.id]);
  const revision = await catalogueRevision(t.db.manager);
  await t.make.blackout(inst, sem, at(`${WEDNESDAY}T00:00`), at(`${WEDNESDAY}T23:59`));
  expect(await catalogueRevision(t.db.manager)).toBe(revision);
  expect((await answer(query)).items).toEqual([]);
});

test("a change rolled back is never served, even if a reader looked while it was uncommitted", async () => {
  const query = { q: "aobascope" };
  const original = find(await answer(query), sem.id)!.name;
  let release!: () => void;
  let written!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const updated = new Promise<void>((resolve) => (written = resolve));
  const doomed = t.db.write(async (em) => {
    await em.getRepository(Instrument).update(sem.id, { nameEn: "Never committed" });
    written();
    await held;
    throw new Error("rolled back");
  });
  await updated;
  // SQLite readers share the writer's connection: this one must wait for the write to end rather than cache its rows.
  const during = list(t.http, query);
  await Promise.race([during, new Promise((resolve) => setTimeout(resolve, 200))]);
  release();
  await expect(doomed).rejects.toThrow("rolled back");
  expect(find((await during).body, sem.id)!.name).toBe(original);
  // The next commit brings the revision back to the one the rolled-back change had.
  await t.db.write((em) => em.getRepository(Instrument).update(xrd.id, { room: "R-202" }));
  expect(find(await answer(query), sem.id)!.name).toBe(original);
});

test("without its trigger a table's changes would go unseen: the triggers are what keep the cache exact", async () => {
  const own = await createTestApp();
  try {
    const institution = await own.make.institution();
    const instrument = await own.make.instrument(institution, { nameEn: "Trigger check" });
    const names = async (http: TestApp["http"]) => (await http.get("/api/instruments")).body.items.map((i: Item) => i.name);
    expect(await names(own.http)).toEqual(["Trigger check"]);
    expect(await names(own.http)).toEqual(["Trigger check"]); // cached from the second ask
    await own.db.dataSource.query(
      own.db.dialect === "postgres" ? `ALTER TABLE "instrument" DISABLE TRIGGER "catalogue_revision_instrument"` : `DROP TRIGGER "catalogue_revision_instrument_update"`,
    );
    await own.db.write((em) => em.getRepository(Instrument).update(instrument.id, { nameEn: "Renamed unseen" }));
    const other = await own.sibling();
    expect(await names(other.http)).toEqual(["Renamed unseen"]);
    await other.close();
    expect(await names(own.http)).toEqual(["Trigger check"]);
  } finally {
    await own.close();
  }
});
