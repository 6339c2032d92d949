import { AuditEvent, Consultation, Quote } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World, type WorldRole } from "../../helpers/world";
import { quoteBody, routedConsultation } from "./quote-helpers";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const issue = (who: WorldRole, id: number, body: unknown = quoteBody(w)) => t.http.post(`/api/consultations/${id}/quotes`).set(w.auth(who)).send(body as object);
const answer = (who: WorldRole, id: number, quoteId: number, verb: "accept" | "decline", body: object = {}) =>
  t.http.post(`/api/consultations/${id}/quotes/${quoteId}/${verb}`).set(w.auth(who)).send(body);
const quotes = () => t.db.manager.getRepository(Quote).count();
const consultation = (id: number) => t.db.manager.getRepository(Consultation).findOneByOrFail({ id });

describe("issuing a quote", () => {
  test("the assigned staff member quotes: priced by the booking's rules for the company, tax once per rate; the request is quoted", async () => {
    const id = await routedConsultation(t, w);
    const res = await issue("staffA1", id);
    expect(res.status).toBe(201);
    // SME rate 4,000/h and assistance 3,000/h in 30-minute units; 1 staff hour; 2 coatings at 1,500.
    expect(res.body.quote).toMatchObject({
      version: 1, status: "issued", provisional: false, customerType: "sme", subtotal: 24_000, tax: 2400, total: 26_400, validUntil: "2027-06-30",
      taxes: [{ category: "standard", rate: 10, taxableAmount: 24_000, tax: 2400 }],
      sessions: [
        { instrumentId: w.sem.id, usageMode: "operation", quotedHours: 2, bookedHours: 0, remainingHours: 2 },
        { instrumentId: w.sem.id, usageMode: "self", quotedHours: 1, bookedHours: 0, remainingHours: 1 },
      ],
    });
    expect(res.body.quote.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount])).toEqual([
      ["instrument_time", 8000], ["staff_time", 6000], ["instrument_time", 4000], ["staff_time", 3000], ["consumable", 3000],
    ]);
    expect((await consultation(id)).status).toBe("quoted");
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "quote.issued", entityId: res.body.quote.id })).toBe(1);
  });

  test("an unverified company's quote is provisional", async () => {
    const id = await routedConsultation(t, w);
    await t.db.write((em) => em.getRepository("Company").update(w.c1.id, { verification: "unverified" }));
    const res = await issue("adminA", id);
    await t.db.write((em) => em.getRepository("Company").update(w.c1.id, { verification: "verified" }));
    expect(res.status).toBe(201);
    expect(res.body.quote.provisional).toBe(true);
  });

  test("who may quote: other staff and the coordinator 403, an institution it is not routed to and another company 404", async () => {
    const id = await routedConsultation(t, w);
    const before = await quotes();
    for (const who of ["staffA2", "coordinator", "m1"] as const) expect((await issue(who, id)).status).toBe(403);
    for (const who of ["staffB", "adminB", "m2"] as const) expect((await issue(who, id)).status).toBe(404);
    expect(await quotes()).toBe(before);
  });

  test("another institution's instrument or a mode it does not offer: 422; bad input 400; nothing saved", async () => {
    const id = await routedConsultation(t, w);
    const before = await quotes();
    const other = await issue("staffA1", id, { ...quoteBody(w), items: [{ instrumentId: w.semB.id, usageMode: "operation", hours: 1 }] });
    expect(other.status).toBe(422);
    expect(other.body.error.details.reason).toBe("instrument_not_of_institution");
    const mode = await issue("staffA1", id, { ...quoteBody(w), items: [{ instrumentId: w.tem.id, usageMode: "self", hours: 1 }] });
    expect(mode.body.error.details.reason).toBe("mode_not_offered");
    const bad = [
      { ...quoteBody(w), items: [] },
      { ...quoteBody(w), items: [{ instrumentId: w.sem.id, usageMode: "operation", hours: 0.3 }] },
      { ...quoteBody(w), items: [{ instrumentId: w.sem.id, usageMode: "consultation", hours: 1 }] },
      { ...quoteBody(w), validUntil: "30/06/2027" },
      { ...quoteBody(w), consumables: [{ description: "", quantity: 1, unit: "x", unitPrice: 1 }] },
      { ...quoteBody(w), items: [{ instrumentId: w.sem.id, usageMode: "self", hours: 1 }, { instrumentId: w.sem.id, usageMode: "self", hours: 2 }] },
    ];
    for (const body of bad) {
      const res = await issue("staffA1", id, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await quotes()).toBe(before);
    expect((await consultation(id)).status).toBe("assigned");
  });

  test("a revision supersedes the open quote, both kept; the company and the coordinator list every version, others 404", async () => {
    const id = await routedConsultation(t, w);
    const first = (await issue("staffA1", id)).body.quote;
    const second = await issue("adminA", id, { ...quoteBody(w), staffHours: undefined });
    expect(second.body.quote).toMatchObject({ version: 2, status: "issued", total: 23_100 });
    for (const who of ["m1", "coordinator", "staffA2"] as const) {
      const list = await t.http.get(`/api/consultations/${id}/quotes`).set(w.auth(who));
      expect(list.status).toBe(200);
      expect(list.body.items.map((q: { version: number; status: string }) => [q.version, q.status])).toEqual([[2, "issued"], [1, "superseded"]]);
    }
    for (const who of ["m2", "staffB"] as const) expect((await t.http.get(`/api/consultations/${id}/quotes`).set(w.auth(who))).status).toBe(404);
    const refused = await answer("m1", id, first.id, "accept");
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe("quote_superseded");
  });
});

describe("answering a quote", () => {
  test("a company member accepts (who and when recorded); others are refused; a second answer is 409", async () => {
    const id = await routedConsultation(t, w);
    const quote = (await issue("staffA1", id)).body.quote;
    expect((await answer("m2", id, quote.id, "accept")).status).toBe(404);
    for (const who of ["staffA1", "adminA", "coordinator"] as const) expect((await answer(who, id, quote.id, "accept")).status).toBe(403);
    const res = await answer("m1", id, quote.id, "accept");
    expect(res.status).toBe(200);
    expect(res.body.quote).toMatchObject({ status: "accepted", answeredBy: { id: w.m1.id }, answeredAt: "2027-06-07T00:00:00.000Z" });
    expect((await consultation(id)).status).toBe("accepted");
    expect((await answer("m1", id, quote.id, "decline", { reason: "changed our mind" })).body.error.details.reason).toBe("quote_answered");
  });

  test("declining needs a reason (400) and closes the request with quote_declined; the company can reopen", async () => {
    const id = await routedConsultation(t, w);
    const quote = (await issue("staffA1", id)).body.quote;
    const bad = await answer("m1", id, quote.id, "decline", {});
    expect(bad.status).toBe(400);
    expect((await t.db.manager.getRepository(Quote).findOneByOrFail({ id: quote.id })).status).toBe("issued");
    const res = await answer("m1", id, quote.id, "decline", { reason: "Over our budget" });
    expect(res.status).toBe(200);
    expect(res.body.quote).toMatchObject({ status: "declined", declineReason: "Over our budget" });
    expect(await consultation(id)).toMatchObject({ status: "closed", closedReason: "quote_declined" });
    expect((await issue("staffA1", id)).body.error.details.reason).toBe("invalid_transition");
  });

  test("an expired quote (validity ended in the institution's zone) is refused 409 and closes the request", async () => {
    const id = await routedConsultation(t, w);
    const quote = (await issue("staffA1", id, { ...quoteBody(w), validUntil: "2027-06-08" })).body.quote;
    t.clock.set("2027-06-08T14:59:00Z"); // 23:59 on the 8th in Tokyo: still valid
    expect((await t.http.get(`/api/consultations/${id}/quotes`).set(w.auth("m1"))).body.items[0].status).toBe("issued");
    t.clock.set("2027-06-08T15:00:00Z");
    try {
      const res = await answer("m1", id, quote.id, "accept");
      expect(res.status).toBe(409);
      expect(res.body.error.details.reason).toBe("quote_expired");
      expect(await consultation(id)).toMatchObject({ status: "closed", closedReason: "quote_expired" });
      expect((await t.http.get(`/api/consultations/${id}/quotes`).set(w.auth("m1"))).body.items[0].status).toBe("expired");
    } finally {
      t.clock.set("2027-06-07T00:00:00Z");
    }
  });
});
