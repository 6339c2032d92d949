import { Invoice } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";
import { recordedSession, REGISTRATION, SETTINGS } from "./billing-helpers";

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  // 23:30–24:00 on 31 May in Tokyo is 14:30 UTC: May, in the institution's zone.
  await recordedSession(t, w, w.sem, w.m1, at("2027-05-31T23:30"), at("2027-06-01T00:00"));
  await recordedSession(t, w, w.sem, w.m1, at("2027-05-10T10:00"), at("2027-05-10T12:00"));
  await recordedSession(t, w, w.sem, w.m2, at("2027-05-11T10:00"), at("2027-05-11T11:00"));
  await recordedSession(t, w, w.sem, w.m2, at("2027-06-01T00:00"), at("2027-06-01T01:00"));
  await recordedSession(t, w, w.semB, w.m1, at("2027-05-12T10:00"), at("2027-05-12T11:00"), { outcome: "completed" }, "staffB");
});
afterAll(() => t.close());

const run = (who: Parameters<World["auth"]>[0], month: unknown, institutionId = w.instA.id) =>
  t.http.post(`/api/institutions/${institutionId}/invoice-runs`).set(w.auth(who)).send({ month });
const draftFor = (invoices: { recipient: { companyId: number } }[], companyId: number) => invoices.find((i) => i.recipient.companyId === companyId) as Record<string, any>;

describe("monthly invoice runs", () => {
  test("one draft per company with the month's charges in the institution's zone; bad input and other institutions refused, nothing saved", async () => {
    for (const month of ["2027-13", "27-05", "", 202705]) {
      const res = await run("adminA", month);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    for (const who of ["adminB", "staffA1", "coordinator", "m1"] as const) expect((await run(who, "2027-05")).status).toBe(403);
    expect(await t.db.manager.getRepository(Invoice).count()).toBe(0);

    const res = await run("adminA", "2027-05");
    expect(res.status).toBe(201);
    expect(res.body.invoices).toHaveLength(2);
    const c1 = draftFor(res.body.invoices, w.c1.id);
    // 30 min + 2 h at 4,000 yen/h = 10,000 yen; the session from 23:30 on the 31st is dated the 31st.
    expect(c1).toMatchObject({ status: "draft", number: null, month: "2027-05", recipient: { name: "Aoba Precision" }, subtotal: 10_000, tax: 1_000, total: 11_000 });
    expect(c1.lines.map((l: { transactionDate: string }) => l.transactionDate)).toEqual(["2027-05-10", "2027-05-31"]);
    expect(c1.taxes).toEqual([{ rate: 10, category: "standard", taxableAmount: 10_000, tax: 1_000 }]);
    const june = await run("adminA", "2027-06");
    expect(june.body.invoices.map((i: { recipient: { companyId: number } }) => i.recipient.companyId)).toEqual([w.c2.id]);
  });

  test("re-running replaces the drafts; issuing needs a registration number; issued invoices are immutable (409 invoice_issued) and survive re-runs", async () => {
    const first = await run("adminA", "2027-05");
    const again = await run("adminA", "2027-05");
    expect(again.body.invoices).toHaveLength(2);
    expect(await t.db.manager.getRepository(Invoice).countBy({ month: "2027-05", institutionId: w.instA.id })).toBe(2);
    expect((await t.http.get(`/api/invoices/${draftFor(first.body.invoices, w.c1.id).id}`).set(w.auth("adminA"))).status).toBe(404);

    const id = draftFor(again.body.invoices, w.c1.id).id;
    const unregistered = await t.http.post(`/api/invoices/${id}/issue`).set(w.auth("adminA"));
    expect(unregistered.status).toBe(422);
    expect(unregistered.body.error.details.reason).toBe("issuer_not_registered");
    expect((await t.http.put(`/api/institutions/${w.instA.id}/billing-settings`).set(w.auth("adminA")).send({ ...SETTINGS, registrationNumber: "T7000012050003" })).status).toBe(400);
    expect((await t.http.put(`/api/institutions/${w.instA.id}/billing-settings`).set(w.auth("adminB")).send(SETTINGS)).status).toBe(403);
    expect((await t.http.put(`/api/institutions/${w.instA.id}/billing-settings`).set(w.auth("adminA")).send(SETTINGS)).status).toBe(200);

    for (const who of ["adminB", "staffA1", "m1", "coordinator"] as const) expect([403, 404]).toContain((await t.http.post(`/api/invoices/${id}/issue`).set(w.auth(who))).status);
    const issued = await t.http.post(`/api/invoices/${id}/issue`).set(w.auth("adminA"));
    expect(issued.status).toBe(200);
    expect(issued.body.invoice).toMatchObject({
      number: "TASU-2027-000001", status: "issued", issueDate: "2027-06-07", dueDate: "2027-07-07",
      issuer: { name: "国立大学法人 テスト大学", registrationNumber: REGISTRATION }, total: 11_000, paid: false,
    });
    const twice = await t.http.post(`/api/invoices/${id}/issue`).set(w.auth("adminA"));
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.reason).toBe("invoice_issued");
    expect((await t.http.delete(`/api/invoices/${id}`).set(w.auth("adminA"))).status).toBe(409);
    const [charge] = (await t.http.get("/api/charges").query({ companyId: w.c1.id, month: "2027-05", institutionId: w.instA.id }).set(w.auth("staffA1"))).body.items;
    expect(charge.invoiced).toBe(true);
    const edit = await t.http.patch(`/api/charges/${charge.id}`).set(w.auth("staffA1")).send({ unitPrice: 1, reason: "typo" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.details.reason).toBe("invoice_issued");

    const rerun = await run("adminA", "2027-05");
    expect(rerun.body.invoices.map((i: { recipient: { companyId: number } }) => i.recipient.companyId)).toEqual([w.c2.id]);
    expect((await t.http.get(`/api/invoices/${id}`).set(w.auth("adminA"))).body.invoice.number).toBe("TASU-2027-000001");
  });

  test("who sees invoices: the company its issued ones, admins their institution's, the coordinator all, others 404", async () => {
    const issued = (await t.db.manager.getRepository(Invoice).findOneByOrFail({ number: "TASU-2027-000001" })).id;
    const draft = (await t.db.manager.getRepository(Invoice).findOneByOrFail({ companyId: w.c2.id, month: "2027-05", status: "draft" })).id;
    for (const who of ["m1", "adminA", "coordinator"] as const) expect((await t.http.get(`/api/invoices/${issued}`).set(w.auth(who))).status).toBe(200);
    for (const who of ["m2", "adminB", "staffA1"] as const) expect((await t.http.get(`/api/invoices/${issued}`).set(w.auth(who))).status).toBe(404);
    expect((await t.http.get(`/api/invoices/${draft}`).set(w.auth("m2"))).status).toBe(404);
    const mine = await t.http.get("/api/invoices").set(w.auth("m1"));
    expect(mine.body).toMatchObject({ total: 1, items: [{ number: "TASU-2027-000001" }] });
    expect((await t.http.get("/api/invoices").query({ companyId: w.c2.id }).set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.get("/api/invoices").query({ institutionId: w.instA.id }).set(w.auth("adminB"))).status).toBe(403);
    expect((await t.http.get("/api/invoices").set(w.auth("staffA1"))).status).toBe(403);
    const drafts = await t.http.get("/api/invoices").query({ status: "draft", month: "2027-05" }).set(w.auth("adminA"));
    expect(drafts.body.items.map((i: { id: number }) => i.id)).toEqual([draft]);
  });

  test("paid and unpaid; a credit note references the original, releases its charges, and the next run bills them again", async () => {
    const original = await t.db.manager.getRepository(Invoice).findOneByOrFail({ number: "TASU-2027-000001" });
    expect((await t.http.post(`/api/invoices/${original.id}/payment`).set(w.auth("m1")).send({ paid: true })).status).toBe(403);
    const paid = await t.http.post(`/api/invoices/${original.id}/payment`).set(w.auth("adminA")).send({ paid: true });
    expect(paid.body.invoice).toMatchObject({ paid: true });
    expect((await t.http.post(`/api/invoices/${original.id}/credit-note`).set(w.auth("adminA")).send({})).status).toBe(400);
    const credit = await t.http.post(`/api/invoices/${original.id}/credit-note`).set(w.auth("adminA")).send({ reason: "Wrong rate" });
    expect(credit.status).toBe(201);
    expect(credit.body.invoice).toMatchObject({ kind: "credit_note", number: "TASU-2027-000002", creditOf: { id: original.id, number: "TASU-2027-000001" }, subtotal: -10_000, tax: -1_000, total: -11_000 });
    expect((await t.http.post(`/api/invoices/${original.id}/credit-note`).set(w.auth("adminA")).send({ reason: "again" })).status).toBe(409);
    expect((await t.http.get(`/api/invoices/${original.id}`).set(w.auth("m1"))).body.invoice.creditedBy).toEqual({ id: credit.body.invoice.id, number: "TASU-2027-000002" });

    const rerun = await run("adminA", "2027-05");
    expect(rerun.body.invoices.map((i: { recipient: { companyId: number } }) => i.recipient.companyId).sort()).toEqual([w.c1.id, w.c2.id].sort());
  });

  test("CSV for the accounting system: UTF-8 with BOM, one row per line", async () => {
    const res = await t.http.get("/api/invoices.csv").query({ month: "2027-05" }).set(w.auth("adminA")).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/csv/);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = body.toString("utf8").slice(1).trim().split("\r\n");
    expect(rows[0]).toMatch(/^invoice_number,kind,credit_of/);
    expect(rows.slice(1).map((r) => r.split(",")[0])).toEqual(["TASU-2027-000001", "TASU-2027-000001", "TASU-2027-000002", "TASU-2027-000002"]);
    expect(rows[1]).toContain("走査電子顕微鏡");
    expect((await t.http.get("/api/invoices.csv").query({ month: "2027-05" }).set(w.auth("staffA1"))).status).toBe(403);
    expect((await t.http.get("/api/invoices.csv").set(w.auth("adminA"))).status).toBe(400);
  });
});

describe("invoice numbers under concurrency", () => {
  test("issuing many drafts at once gives unique, gap-free numbers", async () => {
    const companies = await Promise.all(Array.from({ length: 8 }, () => t.make.company()));
    for (const company of companies) {
      const member = await t.make.companyMember(company);
      await recordedSession(t, w, w.sem, member, at("2027-04-05T10:00"), at("2027-04-05T11:00"));
    }
    const drafts = (await run("adminA", "2027-04")).body.invoices as { id: number }[];
    expect(drafts).toHaveLength(8);
    const results = await Promise.all(drafts.flatMap((d) => [1, 2].map(() => t.http.post(`/api/invoices/${d.id}/issue`).set(w.auth("adminA")))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(8);
    expect(results.filter((r) => r.status === 409)).toHaveLength(8);
    const numbers = results.filter((r) => r.status === 200).map((r) => r.body.invoice.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `TASU-2027-${String(i + 3).padStart(6, "0")}`));
  });
});
