import { Charge, Instrument, Reservation } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";
import { quoteBody, routedConsultation } from "./quote-helpers";

let t: TestApp;
let w: World;
let consultationId: number;
let quoteId: number;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 in Tokyo
  w = await buildWorld(t);
  consultationId = await routedConsultation(t, w);
  quoteId = (await t.http.post(`/api/consultations/${consultationId}/quotes`).set(w.auth("staffA1")).send(quoteBody(w))).body.quote.id;
});
afterAll(() => t.close());

const book = (who: WorldRole, body: Record<string, unknown>) => t.http.post("/api/reservations").set(w.auth(who)).send(body);
const session = (day: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  instrumentId: w.sem.id, start: at(`${day}T${from}`), end: at(`${day}T${to}`), purpose: "Quoted SEM session",
  assistance: { type: "operation" }, quoteId, ...extra,
});
const reservations = () => t.db.manager.getRepository(Reservation).countBy({ quoteId });

test("a quote not accepted yet cannot be booked from (409)", async () => {
  const res = await book("m1", session("2027-06-09", "10:00", "12:00"));
  expect(res.status).toBe(409);
  expect(res.body.error.details.reason).toBe("quote_not_accepted");
});

test("the company books the quoted session at the quoted price, which the recorded session is charged at exactly", async () => {
  expect((await t.http.post(`/api/consultations/${consultationId}/quotes/${quoteId}/accept`).set(w.auth("m1"))).status).toBe(200);
  // The instrument's rates change after the quote: the quote's price still applies.
  await t.db.write((em) => em.getRepository(Instrument).update(w.sem.id, { rateSme: 9000, rateAssistance: 7000 }));
  const res = await book("m1", session("2027-06-09", "10:00", "12:00"));
  expect(res.status).toBe(201);
  expect(res.body.reservation).toMatchObject({ quoteId, priceEstimateYen: 14_000, assistance: { type: "operation" } });
  const quote = (await t.http.get(`/api/consultations/${consultationId}/quotes`).set(w.auth("m1"))).body.items[0];
  expect(quote.sessions[0]).toMatchObject({ usageMode: "operation", quotedHours: 2, bookedHours: 2, remainingHours: 0 });

  t.clock.set("2027-06-09T04:00:00Z");
  try {
    const recorded = await t.http.post(`/api/reservations/${res.body.reservation.id}/record`).set(w.auth("staffA1")).send({ outcome: "completed" });
    expect(recorded.status).toBe(200);
  } finally {
    t.clock.set("2027-06-07T00:00:00Z");
  }
  const charges = await t.db.manager.getRepository(Charge).find({ where: { reservationId: res.body.reservation.id }, order: { id: "ASC" } });
  expect(charges.map((c) => [c.kind, c.unitPrice, c.amount, c.quoteId])).toEqual([["instrument_time", 2000, 8000, quoteId], ["staff_time", 1500, 6000, quoteId]]);
});

test("more hours than quoted: 422, nothing booked", async () => {
  const before = await reservations();
  const res = await book("m1", session("2027-06-10", "10:00", "11:00"));
  expect(res.status).toBe(422);
  expect(res.body.error.details).toMatchObject({ reason: "quoted_hours_exceeded", quotedHours: 2, bookedHours: 2 });
  expect(await reservations()).toBe(before);
});

test("only the quote's instruments and modes (422), only by that company (404)", async () => {
  const before = await reservations();
  const otherInstrument = await book("m1", session("2027-06-10", "10:00", "11:00", { instrumentId: w.tem.id }));
  expect(otherInstrument.status).toBe(422);
  expect(otherInstrument.body.error.details.reason).toBe("not_quoted");
  const otherMode = await book("m1", session("2027-06-10", "10:00", "11:00", { assistance: { type: "training" } }));
  expect(otherMode.body.error.details.reason).toBe("not_quoted");
  expect((await book("m2", session("2027-06-10", "13:00", "14:00"))).status).toBe(404);
  expect(await reservations()).toBe(before);
});

test("an ordinary booking is unaffected and priced at the instrument's current rates", async () => {
  const res = await book("m1", session("2027-06-11", "10:00", "11:00", { quoteId: undefined }));
  expect(res.status).toBe(201);
  expect(res.body.reservation).toMatchObject({ quoteId: null, priceEstimateYen: 16_000 });
});
