import { quotedBookingPrice, quotedRatesOf } from "../../../shared/rules/quotes";
import { Consultation, ConsultationMeeting, Quote, QuoteLine, Reservation } from "../../../server/platform/db/entities";
import { seedDemoIfEmpty } from "../../../server/seed/demo";
import { DEMO_PASSWORD } from "../../../server/seed/demo-data";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  expect(await seedDemoIfEmpty(t.db, t.clock.now())).toBe(true);
});
afterAll(() => t.close());

test("the demo has consultations in each state of the desk, with threads", async () => {
  const rows = await t.db.manager.getRepository(Consultation).find();
  expect(new Set(rows.map((c) => c.status))).toEqual(new Set(["received", "routed", "assigned", "answered", "quoted", "accepted", "closed"]));
  const token = await t.login("coordinator@demo.example", DEMO_PASSWORD);
  const list = await t.http.get("/api/consultations").set({ authorization: `Bearer ${token}` });
  expect(list.body.total).toBe(rows.length);
});

test("the demo has an open quote, and an accepted one booked at the quoted price", async () => {
  const quotes = await t.db.manager.getRepository(Quote).find();
  expect(quotes.map((q) => q.status).sort()).toEqual(["accepted", "issued"]);
  const accepted = quotes.find((q) => q.status === "accepted")!;
  const booked = await t.db.manager.getRepository(Reservation).findBy({ quoteId: accepted.id });
  expect(booked).toHaveLength(1);
  expect(booked[0]).toMatchObject({ status: "confirmed", assistanceType: "operation", companyId: accepted.companyId });
  const rates = quotedRatesOf(await t.db.manager.getRepository(QuoteLine).findBy({ quoteId: accepted.id }), booked[0].instrumentId, "operation")!;
  expect(booked[0].priceEstimateYen).toBe(quotedBookingPrice(rates, 120));
  const token = await t.login("sme@demo.example", DEMO_PASSWORD);
  const view = await t.http.get(`/api/consultations/${accepted.consultationId}`).set({ authorization: `Bearer ${token}` });
  expect(view.status).toBe(200);
  expect(view.body.consultation.status).toBe("accepted");
});

test("the demo has a visit the assigned staff member proposed, shown to the company", async () => {
  const meetings = await t.db.manager.getRepository(ConsultationMeeting).findBy({ status: "proposed" });
  expect(meetings).toHaveLength(1);
  const token = await t.login("sme@demo.example", DEMO_PASSWORD);
  const view = await t.http.get(`/api/consultations/${meetings[0].consultationId}`).set({ authorization: `Bearer ${token}` });
  expect(view.body.consultation.meetings).toMatchObject([{ kind: "visit", status: "proposed", canCancel: false }]);
});
