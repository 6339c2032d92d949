import { AuditEvent } from "../../../server/platform/db/entities";
import { WEEKDAYS_9_17 } from "../../helpers/factories";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const fullInstrument = {
  nameJa: "X線光電子分光装置",
  nameEn: "X-ray photoelectron spectrometer",
  category: "surface_analysis",
  manufacturer: "ULVAC-PHI",
  model: "PHI 5000",
  descriptionJa: "表面の元素と化学状態を分析します。",
  descriptionEn: "Surface elemental and chemical-state analysis.",
  keywords: ["XPS", "ESCA", "表面分析"],
  specs: [{ label: { ja: "X線源", en: "X-ray source" }, value: "Al Kα" }],
  location: { building: "Building 3", room: "105" },
  openingHours: WEEKDAYS_9_17,
  rules: { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 48, horizonDays: 60, requiresApproval: true },
  usageModes: { selfUse: false, staffOperated: true, training: true },
  rates: { academic: 2000, company: 12000, sme: 6000, assistancePerHour: 4000 },
};

describe("POST /api/instruments", () => {
  test("an admin adds an instrument to their institution; it is searchable in both languages", async () => {
    const res = await t.http.post("/api/instruments").set(w.auth("adminA")).send(fullInstrument);
    expect(res.status).toBe(201);
    expect(res.body.instrument).toMatchObject({
      institutionId: w.instA.id, nameEn: "X-ray photoelectron spectrometer", status: "active", photoUrl: null, photos: [],
      location: { building: "Building 3", room: "105" }, rules: { horizonDays: 60, requiresApproval: true }, usageModes: { selfUse: false }, rates: { sme: 6000 },
    });
    for (const q of ["xps", "表面分析", "ulvac"]) {
      const found = await t.http.get("/api/instruments").query({ q });
      expect(found.body.items.map((i: { id: number }) => i.id)).toContain(res.body.instrument.id);
    }
  });

  test("only admins of that institution", async () => {
    for (const who of ["staffA1", "coordinator", "m1"] as const) expect((await t.http.post("/api/instruments").set(w.auth(who)).send(fullInstrument)).status).toBe(403);
    expect((await t.http.post("/api/instruments").set(w.auth("adminB")).send({ ...fullInstrument, institutionId: w.instA.id })).status).toBe(403);
    expect((await t.http.post("/api/instruments").send(fullInstrument)).status).toBe(401);
  });

  test.each([
    ["missing names", { ...fullInstrument, nameJa: undefined }],
    ["unknown category", { ...fullInstrument, category: "telepathy" }],
    ["bad slot", { ...fullInstrument, rules: { ...fullInstrument.rules, slotMinutes: 7 } }],
    ["no usage mode", { ...fullInstrument, usageModes: { selfUse: false, staffOperated: false, training: false } }],
    ["negative rate", { ...fullInstrument, rates: { ...fullInstrument.rates, sme: -1 } }],
  ])("400 for %s", async (_label, body) => {
    expect((await t.http.post("/api/instruments").set(w.auth("adminA")).send(body)).status).toBe(400);
  });
});

describe("PATCH /api/instruments/:id", () => {
  test("edits keep searchText in sync", async () => {
    const res = await t.http.patch(`/api/instruments/${w.semB.id}`).set(w.auth("adminB")).send({ keywords: ["cryo-EM", "低温"], nameEn: "Cryo SEM" });
    expect(res.status).toBe(200);
    expect(res.body.instrument).toMatchObject({ nameEn: "Cryo SEM", keywords: ["cryo-EM", "低温"] });
    const found = await t.http.get("/api/instruments").query({ q: "低温" });
    expect(found.body.items.map((i: { id: number }) => i.id)).toEqual([w.semB.id]);
  });

  test("changes to hours, rules or modes that would break bookings are refused with the bookings listed", async () => {
    await t.make.qualification(w.m1, w.sem);
    const booked = await t.http.post("/api/reservations").set(w.auth("m1")).send({ instrumentId: w.sem.id, start: at("2027-06-10T15:00"), end: at("2027-06-10T17:00"), purpose: "Late imaging" });
    expect(booked.status).toBe(201);
    const path = `/api/instruments/${w.sem.id}`;
    const early = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "09:00", end: "16:00" }]]));
    const hours = await t.http.patch(path).set(w.auth("adminA")).send({ openingHours: early });
    expect(hours.status).toBe(409);
    expect(hours.body.error.details).toMatchObject({ reason: "reservations_affected", reservations: [{ id: booked.body.reservation.id, companyName: "Aoba Precision" }] });
    const rules = await t.http.patch(path).set(w.auth("adminA")).send({ rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 60, leadTimeHours: 24, horizonDays: 90, requiresApproval: false } });
    expect(rules.body.error.details.reason).toBe("reservations_affected");
    const modes = await t.http.patch(path).set(w.auth("adminA")).send({ usageModes: { selfUse: false, staffOperated: true, training: true } });
    expect(modes.body.error.details.reason).toBe("reservations_affected");
    const harmless = await t.http.patch(path).set(w.auth("adminA")).send({ openingHours: { ...early, thu: [{ start: "09:00", end: "18:00" }] } });
    expect(harmless.status).toBe(200);
    const reservation = await t.http.get(`/api/reservations/${booked.body.reservation.id}`).set(w.auth("m1"));
    expect(reservation.body.reservation.status).toBe("confirmed");
  });

  test("who may edit", async () => {
    for (const who of ["staffA1", "adminB", "coordinator", "m1"] as const) expect((await t.http.patch(`/api/instruments/${w.tem.id}`).set(w.auth(who)).send({ nameEn: "x" })).status).toBe(403);
    expect((await t.http.patch("/api/instruments/999999").set(w.auth("adminA")).send({ nameEn: "x" })).status).toBe(404);
    expect((await t.http.patch(`/api/instruments/${w.tem.id}`).set(w.auth("adminA")).send({})).status).toBe(400);
    expect((await t.http.patch(`/api/instruments/${w.tem.id}`).set(w.auth("adminA")).send({ keywords: "many" })).status).toBe(400);
  });
});

describe("POST /api/instruments/:id/status", () => {
  test("maintenance lists upcoming bookings, then cancels them with a notice when asked", async () => {
    const instrument = await t.make.instrument(w.instA);
    await t.make.qualification(w.m2, instrument);
    const r = await t.make.reservation(instrument, w.m2, at("2027-06-15T10:00"), at("2027-06-15T11:00"));
    const path = `/api/instruments/${instrument.id}/status`;
    for (const who of ["staffA1", "coordinator", "adminB", "m2"] as const) expect((await t.http.post(path).set(w.auth(who)).send({ status: "maintenance" })).status).toBe(403);
    const refused = await t.http.post(path).set(w.auth("adminA")).send({ status: "maintenance" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reservations.map((x: { id: number }) => x.id)).toEqual([r.id]);
    const done = await t.http.post(path).set(w.auth("adminA")).send({ status: "maintenance", reason: "Column replacement", cancelAffected: true });
    expect(done.status).toBe(200);
    expect(done.body.instrument.status).toBe("maintenance");
    expect(done.body.cancelled.map((x: { id: number }) => x.id)).toEqual([r.id]);
    const seen = await t.http.get(`/api/reservations/${r.id}`).set(w.auth("m2"));
    expect(seen.body.reservation).toMatchObject({ status: "cancelled", cancellationReason: "Column replacement" });
    const history = await t.http.get(`/api/reservations/${r.id}/events`).set(w.auth("m2"));
    expect(history.body.items.at(-1)).toMatchObject({ action: "reservation.cancelled_by_facility", reason: "Column replacement", actor: { id: w.adminA.id } });
    expect((await t.http.get(`/api/reservations/${r.id}/events`).set(w.auth("m1"))).status).toBe(404);
    const booking = await t.http.post("/api/reservations").set(w.auth("m2")).send({ instrumentId: instrument.id, start: at("2027-06-16T10:00"), end: at("2027-06-16T11:00"), purpose: "x" });
    expect(booking.body.error.details.reason).toBe("instrument_unavailable");
    expect((await t.http.post(path).set(w.auth("adminA")).send({ status: "active" })).body.instrument.status).toBe("active");
    expect((await t.http.post(path).set(w.auth("adminA")).send({ status: "broken" })).status).toBe(400);
    const audit = await t.db.manager.getRepository(AuditEvent).findOneBy({ action: "instrument.status_changed", entityId: instrument.id });
    expect(audit).toMatchObject({ actorUserId: w.adminA.id, reason: "Column replacement" });
  });
});
