import { execFileSync } from "node:child_process";
import type { Company, User } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";
import { recordedSession, REGISTRATION, SETTINGS } from "./billing-helpers";

let t: TestApp;
let w: World;
let company: Company;
let member: User;
let memberAuth: { authorization: string };
let invoiceId: number;

const pdf = (who: Parameters<World["auth"]>[0] | User, id: number, lang?: string) => {
  const req = t.http.get(`/api/invoices/${id}/pdf`).query(lang ? { lang } : {});
  return req.set(typeof who === "string" ? w.auth(who) : memberAuth).buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on("data", (c: Buffer) => chunks.push(c));
    r.on("end", () => done(null, Buffer.concat(chunks)));
  });
};
/** The text of a PDF as poppler's pdftotext reads it, and the fonts pdffonts lists. */
const textOf = (body: Buffer) => execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { input: body }).toString("utf8");
const fontsOf = (body: Buffer) => execFileSync("pdffonts", ["-"], { input: body }).toString("utf8");

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  company = await t.make.company({ name: "株式会社みどり精機", nameEn: "Midori Seiki" });
  member = await t.make.companyMember(company);
  memberAuth = { authorization: `Bearer ${await t.login(member.email)}` };
  await recordedSession(t, w, w.sem, member, at("2027-05-10T10:00"), at("2027-05-10T12:00"));
  await recordedSession(t, w, w.sem, member, at("2027-05-31T23:30"), at("2027-06-01T00:00"));
  const settings = { ...SETTINGS, paymentNote: "振込先：みずほ銀行 本郷支店 普通 1234567" };
  expect((await t.http.put(`/api/institutions/${w.instA.id}/billing-settings`).set(w.auth("adminA")).send(settings)).status).toBe(200);
  const run = await t.http.post(`/api/institutions/${w.instA.id}/invoice-runs`).set(w.auth("adminA")).send({ month: "2027-05" });
  invoiceId = run.body.invoices.find((i: { recipient: { companyId: number } }) => i.recipient.companyId === company.id).id;
  expect((await t.http.post(`/api/invoices/${invoiceId}/issue`).set(w.auth("adminA"))).status).toBe(200);
});
afterAll(() => t.close());

describe("GET /api/invoices/:id/pdf", () => {
  test("a qualified invoice in Japanese: title, 御中, issuer, registration number, totals per rate, payment note; Noto Sans JP subset, small", async () => {
    const res = await pdf(member, invoiceId);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="invoice-TASU-2027-000001.pdf"; filename*=UTF-8''${encodeURIComponent("請求書_TASU-2027-000001.pdf")}`,
    );
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.length).toBeLessThan(1024 * 1024);
    const text = textOf(body);
    for (const expected of ["請求書", "株式会社みどり精機 御中", "国立大学法人 テスト大学", `登録番号: ${REGISTRATION}`, "TASU-2027-000001", "2027年6月7日", "2027年7月7日", "2027/05/31", "税率ごとの合計", "10%対象", "¥10,000", "¥1,000", "¥11,000", "振込先：みずほ銀行"]) {
      expect(text).toContain(expected);
    }
    const fonts = fontsOf(body).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansJP-\S+\s.*\byes\s+yes\b/);
  });

  test("in English with ?lang=en; bad language 400", async () => {
    const res = await pdf("adminA", invoiceId, "en");
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain(`filename*=UTF-8''invoice-TASU-2027-000001.pdf`);
    const text = textOf(res.body as Buffer);
    for (const expected of ["Invoice", "To: 株式会社みどり精機", `Registration no.: ${REGISTRATION}`, "Subject to 10%", "¥11,000", "7 June 2027"]) expect(text).toContain(expected);
    const bad = await t.http.get(`/api/invoices/${invoiceId}/pdf`).query({ lang: "fr" }).set(w.auth("adminA"));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
  });

  test("the same visibility as the invoice: its company, the institution's admins, the coordinator; others 404", async () => {
    for (const who of ["adminA", "coordinator"] as const) expect((await pdf(who, invoiceId)).status).toBe(200);
    for (const who of ["m1", "adminB", "staffA1", "staffB"] as const) expect((await pdf(who, invoiceId)).status).toBe(404);
    expect((await t.http.get(`/api/invoices/${invoiceId}/pdf`)).status).toBe(401);
    expect((await pdf("adminA", 999_999)).status).toBe(404);
  });

  test("a draft shows as a draft to the admins and is hidden from the company", async () => {
    await recordedSession(t, w, w.sem, member, at("2027-06-03T10:00"), at("2027-06-03T11:00"));
    const run = await t.http.post(`/api/institutions/${w.instA.id}/invoice-runs`).set(w.auth("adminA")).send({ month: "2027-06" });
    const draft = run.body.invoices.find((i: { recipient: { companyId: number } }) => i.recipient.companyId === company.id).id;
    const res = await pdf("adminA", draft);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain(`filename="invoice-draft-${draft}.pdf"`);
    expect(textOf(res.body as Buffer)).toContain("下書き（未発行）");
    expect((await pdf(member, draft)).status).toBe(404);
  });
});
