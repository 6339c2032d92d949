import { Institution as InstitutionEntity, Instrument as InstrumentEntity, type Institution, type Instrument, type StaffMember } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { EVERY_DAY_9_17 } from "../../helpers/factories";

let t: TestApp;
let tokyo: Institution;
let sem: Instrument;
let xrd: Instrument;
let semStaff: StaffMember;

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 in Tokyo
  tokyo = await t.make.institution({ nameJa: "杜の都大学", nameEn: "Morinomiyako University", prefecture: "Miyagi" });
  const other = await t.make.institution({ nameEn: "Iwate Tech Centre", prefecture: "Iwate" });
  sem = await t.make.instrument(tokyo, { nameJa: "電界放出形走査電子顕微鏡", nameEn: "Field-emission SEM", model: "JSM-IT800", keywords: ["crack", "coating", "ひび割れ"] });
  xrd = await t.make.instrument(other, { nameJa: "X線回折装置", nameEn: "X-ray diffractometer", category: "xray_diffraction", model: "SmartLab", keywords: ["残留応力", "residual stress"] });
  await t.make.instrument(other, { nameEn: "Old retired SEM", status: "retired" });
  semStaff = (await t.make.staff(tokyo, [sem])).member;
});
afterAll(() => t.close());

describe("GET /api/institutions", () => {
  test("lists institutions with names in both languages, no login needed", async () => {
    const res = await t.http.get("/api/institutions");
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: tokyo.id, nameJa: "杜の都大学", nameEn: "Morinomiyako University", timezone: "Asia/Tokyo", instrumentCount: 1 })]),
    );
  });
});

describe("GET /api/instruments", () => {
  const search = async (query: Record<string, string | number>) => {
    const res = await t.http.get("/api/instruments").query(query);
    expect(res.status).toBe(200);
    return res.body as { items: Array<{ id: number; name: string; institution: { id: number; name: string }; category: string; staffSupported: boolean }>; total: number };
  };

  test("lists active instruments with institution and category; retired ones are hidden", async () => {
    const body = await search({});
    expect(body.total).toBe(2);
    const item = body.items.find((i) => i.id === sem.id)!;
    expect(item.institution).toMatchObject({ id: tokyo.id, name: "Morinomiyako University" });
    expect(item.category).toBe("electron_microscopy");
    expect(item.staffSupported).toBe(true);
    expect(body.items.find((i) => i.id === xrd.id)!.staffSupported).toBe(false);
  });

  test.each([
    ["english name", "field-emission", "sem"],
    ["japanese name", "走査電子", "sem"],
    ["model", "smartlab", "xrd"],
    ["english category label", "x-ray diffraction", "xrd"],
    ["japanese category label", "電子顕微鏡", "sem"],
    ["capability keyword (en)", "residual stress", "xrd"],
    ["capability keyword (ja)", "ひび割れ", "sem"],
    ["several words", "crack coating", "sem"],
    ["full-width input", "ＳＭＡＲＴＬＡＢ", "xrd"],
  ])("q searches by %s", async (_label, q, expected) => {
    const body = await search({ q });
    expect(body.items.map((i) => i.id)).toEqual([expected === "sem" ? sem.id : xrd.id]);
  });

  test.each([
    ["電子", ["sem"]],
    ["回折", ["xrd"]],
    ["x線", ["xrd"]],
    ["電子 走査", ["sem"]],
    ["電 鏡", ["sem"]],
    ["%_", []],
  ])("short terms: q=%s", async (q, expected) => {
    const body = await search({ q });
    expect(body.items.map((i) => i.id)).toEqual(expected.map((e) => (e === "sem" ? sem.id : xrd.id)));
  });

  test("any word counts (ranked, not every word required); nothing searchable finds nothing", async () => {
    expect((await search({ q: "電子 smartlab" })).items.map((i) => i.id).sort()).toEqual([sem.id, xrd.id].sort());
    expect((await search({ q: "crack nmr" })).items.map((i) => i.id)).toEqual([sem.id]);
    expect((await search({ q: "zzqx qqzz" })).total).toBe(0);
    expect((await search({ q: "%" })).total).toBe(0);
  });

  test("filters by category and institution, and localizes names", async () => {
    expect((await search({ category: "xray_diffraction" })).items.map((i) => i.id)).toEqual([xrd.id]);
    expect((await search({ institutionId: tokyo.id })).items.map((i) => i.id)).toEqual([sem.id]);
    expect((await search({ prefecture: "Iwate" })).items.map((i) => i.id)).toEqual([xrd.id]);
    expect((await search({ q: "smartlab", lang: "ja" })).items[0].name).toBe("X線回折装置");
    const res = await t.http.get("/api/instruments").set("accept-language", "ja,en;q=0.5");
    expect(res.body.items.map((i: { name: string }) => i.name)).toContain("電界放出形走査電子顕微鏡");
  });

  test("paginates with total", async () => {
    const first = await search({ page: 1, pageSize: 1 });
    const second = await search({ page: 2, pageSize: 1 });
    expect(first.total).toBe(2);
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(first.items[0].id).not.toBe(second.items[0].id);
  });

  test("bad query parameters → 400", async () => {
    for (const query of [{ page: 0 }, { pageSize: 1000 }, { category: "teleporters" }, { institutionId: "abc" }, { q: "x".repeat(500) }]) {
      const res = await t.http.get("/api/instruments").query(query);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect((await t.http.get("/api/instruments?page=1&page=2")).status).toBe(400);
  });
});

describe("GET /api/instruments/:id", () => {
  test("returns the instrument with rules, modes and rates", async () => {
    const res = await t.http.get(`/api/instruments/${sem.id}`);
    expect(res.status).toBe(200);
    expect(res.body.instrument).toMatchObject({ id: sem.id, rules: { slotMinutes: 30, leadTimeHours: 24 }, usageModes: { selfUse: true }, rates: { sme: 4000 } });
  });

  test("unknown → 404, malformed id → 400", async () => {
    expect((await t.http.get("/api/instruments/999999")).status).toBe(404);
    expect((await t.http.get("/api/instruments/abc")).status).toBe(400);
    expect((await t.http.get("/api/instruments/-1")).status).toBe(400);
  });
});

describe("GET /api/instruments/:id/availability", () => {
  const availability = async (instrument: Instrument, from: string, to: string) => {
    const res = await t.http.get(`/api/instruments/${instrument.id}/availability`).query({ from, to });
    expect(res.status).toBe(200);
    return res.body as { timezone: string; slots: Array<{ start: string; end: string; assistanceAvailable: boolean }> };
  };

  test("slots follow opening hours in the institution's zone, ordered, in UTC", async () => {
    const body = await availability(sem, at("2027-06-09T00:00"), at("2027-06-10T00:00"));
    expect(body.timezone).toBe("Asia/Tokyo");
    expect(body.slots).toHaveLength(16);
    expect(body.slots[0]).toEqual({ start: "2027-06-09T00:00:00.000Z", end: "2027-06-09T00:30:00.000Z", assistanceAvailable: true });
    expect(body.slots[15].end).toBe("2027-06-09T08:00:00.000Z");
    const starts = body.slots.map((s) => s.start);
    expect([...starts].sort()).toEqual(starts);
  });

  test("lead time cuts the first day; the horizon cuts the end", async () => {
    const soon = await availability(sem, at("2027-06-07T00:00"), at("2027-06-09T00:00"));
    expect(soon.slots[0].start).toBe(at("2027-06-08T09:00"));
    const far = await availability(sem, at("2027-09-01T00:00"), at("2027-09-10T00:00"));
    expect(far.slots.every((s) => Date.parse(s.end) <= Date.parse("2027-06-07T00:00:00Z") + 90 * 86_400_000)).toBe(true);
  });

  test("national holidays and closure days have no slots", async () => {
    const holiday = await availability(sem, at("2027-07-19T00:00"), at("2027-07-20T00:00"));
    expect(holiday.slots).toEqual([]);
    await t.make.closure(tokyo, "2027-06-15");
    expect((await availability(sem, at("2027-06-15T00:00"), at("2027-06-16T00:00"))).slots).toEqual([]);
  });

  test("blackouts remove their time, for one instrument or the whole institution", async () => {
    await t.make.blackout(tokyo, sem, at("2027-06-16T09:00"), at("2027-06-16T12:00"));
    await t.make.blackout(tokyo, null, at("2027-06-16T15:00"), at("2027-06-16T17:00"));
    const body = await availability(sem, at("2027-06-16T00:00"), at("2027-06-17T00:00"));
    expect(body.slots.map((s) => s.start)).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30"].map((time) => at(`2027-06-16T${time}`)));
  });

  test("assistance is unavailable while the only qualified staff member is off", async () => {
    const staffed = await availability(sem, at("2027-06-17T00:00"), at("2027-06-18T00:00"));
    expect(staffed.slots.every((s) => s.assistanceAvailable)).toBe(true);
    await t.make.timeOff(semStaff, at("2027-06-17T09:00"), at("2027-06-17T13:00"));
    const body = await availability(sem, at("2027-06-17T00:00"), at("2027-06-18T00:00"));
    expect(body.slots).toHaveLength(16);
    expect(body.slots.filter((s) => !s.assistanceAvailable).map((s) => s.start)).toHaveLength(8);
    expect(body.slots.find((s) => s.assistanceAvailable)!.start).toBe(at("2027-06-17T13:00"));
  });

  test("DST: a Berlin instrument opens at 09:00 local on both sides of the change", async () => {
    const berlin = await t.make.institution({ timezone: "Europe/Berlin", closedOnNationalHolidays: false });
    const instrument = await t.make.instrument(berlin, { openingHours: EVERY_DAY_9_17, slotMinutes: 60, horizonDays: 365 });
    const body = await availability(instrument, "2028-03-25T00:00:00Z", "2028-03-28T00:00:00Z");
    expect(body.timezone).toBe("Europe/Berlin");
    const firstOfDay = (day: string) => body.slots.find((s) => s.start.startsWith(day))!.start;
    expect(firstOfDay("2028-03-25")).toBe("2028-03-25T08:00:00.000Z"); // CET
    expect(firstOfDay("2028-03-26")).toBe("2028-03-26T07:00:00.000Z"); // CEST from 26 March 2028
  });

  // Availability keeps the instrument it read per process (server/services/instrument-snapshots.ts): a change made
  // straight in the database, as by another process, must show in the very next answer.
  test("a change to the instrument or its institution shows in the next answer, though availability cached it", async () => {
    const instrument = await t.make.instrument(tokyo);
    const day = async () => (await availability(instrument, at("2027-06-22T00:00"), at("2027-06-23T00:00"))).slots;
    const change = (fields: Partial<Instrument>) => t.db.write((em) => em.getRepository(InstrumentEntity).update(instrument.id, fields));
    expect(await day()).toHaveLength(16);
    await change({ openingHours: { tue: [{ start: "13:00", end: "15:00" }] } });
    expect((await day()).map((s) => s.start)).toEqual(["13:00", "13:30", "14:00", "14:30"].map((time) => at(`2027-06-22T${time}`)));
    await change({ status: "maintenance" });
    expect(await day()).toEqual([]);
    await change({ status: "active", slotMinutes: 60 });
    expect(await day()).toHaveLength(2);
    await t.db.write((em) => em.getRepository(InstitutionEntity).update(tokyo.id, { timezone: "Asia/Kolkata" }));
    try {
      // 13:00–15:00 in Kolkata is 07:30–09:30 UTC; the grid stays on the local hour.
      expect((await day()).map((s) => s.start)).toEqual(["2027-06-22T07:30:00.000Z", "2027-06-22T08:30:00.000Z"]);
    } finally {
      await t.db.write((em) => em.getRepository(InstitutionEntity).update(tokyo.id, { timezone: "Asia/Tokyo" }));
    }
  });

  test("duration: the start times that can hold it, with staff help only where one person is free for all of it", async () => {
    const instrument = await t.make.instrument(tokyo);
    await t.make.staff(tokyo, [instrument], { hours: { thu: [{ start: "09:00", end: "12:00" }] } });
    const { member: b } = await t.make.staff(tokyo, [instrument], { hours: { thu: [{ start: "11:00", end: "17:00" }] } });
    await t.make.timeOff(b, at("2027-06-24T15:00"), at("2027-06-24T17:00"));
    const res = await t.http.get(`/api/instruments/${instrument.id}/availability`).query({ from: at("2027-06-24T00:00"), to: at("2027-06-25T00:00"), duration: 120 });
    expect(res.status).toBe(200);
    const starts = res.body.starts as Array<{ start: string; end: string; assistanceAvailable: boolean }>;
    expect(starts.map((s) => s.start)).toEqual(["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00"].map((h) => at(`2027-06-24T${h}`)));
    expect(starts[0]).toEqual({ start: at("2027-06-24T09:00"), end: at("2027-06-24T11:00"), assistanceAvailable: true });
    // 10:30–12:30: each half hour has someone, but neither A nor B is free for all of it.
    const staffed = starts.filter((s) => s.assistanceAvailable).map((s) => s.start);
    expect(staffed).toEqual(["09:00", "09:30", "10:00", "11:00", "11:30", "12:00", "12:30", "13:00"].map((h) => at(`2027-06-24T${h}`)));
    expect(res.body.slots).toHaveLength(16);
  });

  test("duration off the instrument's rules → 422 with the reason; not a number → 400", async () => {
    const ask = (duration: unknown) => t.http.get(`/api/instruments/${sem.id}/availability`).query({ from: at("2027-06-24T00:00"), to: at("2027-06-25T00:00"), duration });
    expect((await ask(45)).body.error).toMatchObject({ code: "rule_violation", details: { reason: "not_on_slot_grid" } });
    expect((await ask(30 * 24 * 60 * 7)).status).toBe(400);
    expect((await ask("two hours")).status).toBe(400);
    const tooLong = await ask(24 * 60);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details.reason).toBe("duration_too_long");
  });

  test("bad ranges → 400; unknown instrument → 404", async () => {
    for (const query of [{}, { from: "tomorrow", to: "later" }, { from: "2027-06-10T00:00:00Z", to: "2027-06-09T00:00:00Z" }, { from: "2027-06-10T00:00:00Z", to: "2028-06-10T00:00:00Z" }, { from: "2027-06-10T00:00:00", to: "2027-06-11T00:00:00" }]) {
      const res = await t.http.get(`/api/instruments/${sem.id}/availability`).query(query);
      expect(res.status).toBe(400);
    }
    expect((await t.http.get("/api/instruments/999999/availability").query({ from: "2027-06-10T00:00:00Z", to: "2027-06-11T00:00:00Z" })).status).toBe(404);
  });
});
