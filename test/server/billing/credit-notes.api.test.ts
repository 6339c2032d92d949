import { AuditEvent, Invoice } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";
import { recordedSession, SETTINGS } from "./billing-helpers";

let t: TestApp;
let w: World;
let invoiceId: number;

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  // 2 h and 30 min at 4,000 yen/h: lines of 8,000 and 2,000 yen, 11,000 with tax.
  await recordedSession(t, w, w.sem, w.m1, at("2027-05-10T10:00"), at("2027-05-10T12:00"));
  await recordedSession(t, w, w.sem, w.m1, at("2027-05-20T10:00"), at("2027-05-20T10:30"));
  await t.http.put(`/api/institutions/${w.instA.id}/billing-settings`).set(w.auth("adminA")).send(SETTINGS);
  const run = await t.http.post(`/api/institutions/${w.instA.id}/invoice-runs`).set(w.auth("adminA")).send({ month: "2027-05" });
  invoiceId = run.body.invoices[0].id;
  const issued = await t.http.post(`/api/invoices/${invoiceId}/issue`).set(w.auth("adminA"));
  expect(issued.body.invoice).toMatchObject({ total: 11_000, remaining: 11_000, creditNotes: [], creditedBy: null });
  expect(issued.body.invoice.lines.map((l: { amount: number }) => l.amount)).toEqual([8_000, 2_000]);
});
afterAll(() => t.close());

const credit = (body: unknown, who: Parameters<World["auth"]>[0] = "adminA") => t.http.post(`/api/invoices/${invoiceId}/credit-note`).set(w.auth(who)).send(body as object);
const original = async () => (await t.http.get(`/api/invoices/${invoiceId}`).set(w.auth("m1"))).body.invoice;
const notes = () => t.db.manager.getRepository(Invoice).countBy({ kind: "credit_note" });
const invoicedCharges = async () =>
  (await t.http.get("/api/charges").query({ month: "2027-05", institutionId: w.instA.id }).set(w.auth("staffA1"))).body.items.map((c: { invoiced: boolean }) => c.invoiced);

describe("partial credit notes", () => {
  test("others are refused; bad lines and amounts 400, nothing saved", async () => {
    expect((await credit({ reason: "x" }, "m1")).status).toBe(403);
    for (const who of ["adminB", "staffA1", "m2"] as const) expect((await credit({ reason: "x" }, who)).status).toBe(404);
    for (const lines of [[], [{ position: 9 }], [{ position: 0, amount: 8_001 }], [{ position: 0, amount: 0 }], [{ position: 0 }, { position: 0 }], [{ position: -1 }], [{ position: 0, amount: 1.5 }]]) {
      const res = await credit({ reason: "Overbilled", lines });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await notes()).toBe(0);
  });

  test("a part of a line, then a whole line: each note references the original, which shows what remains; charges stay invoiced", async () => {
    const first = await credit({ reason: "Half an hour too much", lines: [{ position: 0, amount: 2_000 }] });
    expect(first.status).toBe(201);
    expect(first.body.invoice).toMatchObject({
      kind: "credit_note", status: "issued", number: "TASU-2027-000002", creditOf: { id: invoiceId, number: "TASU-2027-000001" },
      subtotal: -2_000, tax: -200, total: -2_200, taxes: [{ rate: 10, category: "standard", taxableAmount: -2_000, tax: -200 }],
    });
    expect(first.body.invoice.lines).toMatchObject([{ quantity: 1, unit: "item", unitPrice: 2_000, amount: -2_000, transactionDate: "2027-05-10" }]);
    let invoice = await original();
    expect(invoice).toMatchObject({ remaining: 8_800, creditedBy: null, creditNotes: [{ id: first.body.invoice.id, number: "TASU-2027-000002", total: -2_200 }] });
    expect(invoice.lines.map((l: { credited: number }) => l.credited)).toEqual([2_000, 0]);

    const second = await credit({ reason: "Session not held", lines: [{ position: 1 }] });
    expect(second.body.invoice).toMatchObject({ total: -2_200, lines: [{ quantity: 1, unit: "30min", unitPrice: 2_000, amount: -2_000 }] });
    expect((await credit({ reason: "again", lines: [{ position: 1, amount: 1 }] })).status).toBe(400);
    invoice = await original();
    expect(invoice.remaining).toBe(6_600);
    expect(invoice.lines.map((l: { credited: number }) => l.credited)).toEqual([2_000, 2_000]);
    expect(await invoicedCharges()).toEqual([true, true]);
  });

  test("the rest in one note brings the balance to zero, releases the charges, and a further note is 409", async () => {
    const rest = await credit({ reason: "Rebill at the right rate" });
    expect(rest.status).toBe(201);
    expect(rest.body.invoice).toMatchObject({ total: -6_600, lines: [{ amount: -6_000, unit: "item" }] });
    const invoice = await original();
    expect(invoice).toMatchObject({ remaining: 0, creditedBy: { id: rest.body.invoice.id } });
    expect(invoice.creditNotes.map((n: { total: number }) => n.total)).toEqual([-2_200, -2_200, -6_600]);
    expect(await invoicedCharges()).toEqual([false, false]);
    const again = await credit({ reason: "again" });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe("already_exists");
    const audited = await t.db.manager.getRepository(AuditEvent).find({ where: { action: "invoice.credited" }, order: { id: "ASC" } });
    expect(audited.map((e) => e.reason)).toEqual(["Half an hour too much", "Session not held", "Rebill at the right rate"]);
  });
});
