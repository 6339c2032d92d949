import { BillingSettings, Charge, Company, ConsultationAttachment, Institution, Instrument, Invoice, StaffMember, User } from "../../../server/platform/db/entities";
import { isRegistrationNumber } from "../../../shared/rules/corporate-number";
import { seedDemoIfEmpty } from "../../../server/seed/demo";
import { DEMO_PASSWORD } from "../../../server/seed/demo-data";
import { loadConfig } from "../../../server/platform/config";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { attachmentFilesIn, binary } from "../files/sample-files";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  expect(await seedDemoIfEmpty(t.db, t.clock.now(), { uploadDir: t.config.uploadDir })).toBe(true);
});
afterAll(() => t.close());

test("the demo set is big enough to explore", async () => {
  const repo = t.db.manager;
  expect(await repo.getRepository(Institution).count()).toBeGreaterThanOrEqual(3);
  expect(await repo.getRepository(Instrument).count()).toBeGreaterThanOrEqual(25);
  const categories = new Set((await repo.getRepository(Instrument).find()).map((i) => i.category));
  expect(categories.size).toBeGreaterThanOrEqual(6);
  expect(await repo.getRepository(StaffMember).count()).toBeGreaterThanOrEqual(6);
  expect(await repo.getRepository(Company).count()).toBeGreaterThanOrEqual(2);
});

test.each(["sme@demo.example", "sme2@demo.example", "staff@demo.example", "facility-admin@demo.example", "coordinator@demo.example"])(
  "%s signs in with demo-password",
  async (email) => {
    const res = await t.http.post("/api/auth/login").send({ email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
  },
);

test("every demo instrument has a drawn photo (WebP, well under 30 KB), served by the API", async () => {
  const res = await t.http.get("/api/instruments").query({ pageSize: 100, lang: "en" });
  expect(res.body.items.length).toBeGreaterThanOrEqual(25);
  for (const item of res.body.items) expect(item.photos).toEqual([expect.objectContaining({ width: 640, height: 480, alt: `${item.nameEn} (illustration)` })]);
  const photo = await t.http.get(res.body.items[0].photoUrl);
  expect(photo.status).toBe(200);
  expect(photo.headers["content-type"]).toBe("image/webp");
  expect(Number(photo.headers["content-length"])).toBeLessThan(30_000);
});

test("the two SME accounts belong to different companies", async () => {
  const [a, b] = await Promise.all(["sme@demo.example", "sme2@demo.example"].map((email) => t.db.manager.getRepository(User).findOneByOrFail({ email })));
  expect(a.companyId).not.toBeNull();
  expect(a.companyId).not.toBe(b.companyId);
});

test("seeding again changes nothing", async () => {
  const before = await t.db.manager.getRepository(Instrument).count();
  expect(await seedDemoIfEmpty(t.db, t.clock.now())).toBe(false);
  expect(await t.db.manager.getRepository(Instrument).count()).toBe(before);
});

test("the SME from the demo can find a crack-inspection instrument and book it with staff operation", async () => {
  const token = (await t.http.post("/api/auth/login").send({ email: "sme@demo.example", password: DEMO_PASSWORD })).body.token;
  const found = await t.http.get("/api/instruments").query({ q: "crack coating" });
  expect(found.body.total).toBeGreaterThan(0);
  const instrument = found.body.items[0];
  const from = new Date(t.clock.now()).toISOString();
  const to = new Date(t.clock.now() + 21 * 86_400_000).toISOString();
  const availability = await t.http.get(`/api/instruments/${instrument.id}/availability`).query({ from, to });
  const slots: Array<{ start: string; end: string }> = availability.body.slots.filter((s: { assistanceAvailable: boolean }) => s.assistanceAvailable);
  const first = slots.findIndex((s, i) => slots[i + 1]?.start === s.end);
  const res = await t.http.post("/api/reservations").set("authorization", `Bearer ${token}`).send({
    instrumentId: instrument.id, start: slots[first].start, end: slots[first + 1].end, purpose: "demo", assistance: { type: "operation" },
  });
  expect(res.status).toBe(201);
});

test("the demo staff member has a schedule, and a request waits for someone to take it", async () => {
  const login = await t.http.post("/api/auth/login").send({ email: "staff@demo.example", password: DEMO_PASSWORD });
  const auth = { authorization: `Bearer ${login.body.token}` };
  const from = new Date(t.clock.now()).toISOString();
  const to = new Date(t.clock.now() + 21 * 86_400_000).toISOString();
  const schedule = await t.http.get(`/api/staff-members/${login.body.user.staffMemberId}/schedule`).query({ from, to }).set(auth);
  expect(schedule.body.items.some((i: { assignedToMe: boolean }) => i.assignedToMe)).toBe(true);
  expect(schedule.body.blackouts.length).toBeGreaterThan(0);
  const open = await t.http.get("/api/assistance-requests").query({ status: "unstaffed" }).set(auth);
  expect(open.body.items).toHaveLength(1);
});

test("production never seeds demo accounts", () => {
  expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe(false);
  expect(loadConfig({ NODE_ENV: "production", SEED_DEMO: "true" }).seedDemo).toBe(false);
  expect(loadConfig({}).seedDemo).toBe(true);
});

test("the demo shows billing: every institution registered, three past months charged, issued invoices and drafts", async () => {
  const repo = t.db.manager;
  const settings = await repo.getRepository(BillingSettings).find();
  expect(settings.length).toBe(await repo.getRepository(Institution).count());
  expect(settings.every((s) => isRegistrationNumber(s.registrationNumber))).toBe(true);
  const charged = new Set((await repo.getRepository(Charge).find()).map((c) => c.institutionId));
  expect(charged.size).toBe(settings.length);
  const invoices = await repo.getRepository(Invoice).find();
  expect(invoices.some((i) => i.status === "issued" && i.number?.startsWith("TASU-"))).toBe(true);
  expect(invoices.some((i) => i.status === "draft")).toBe(true);
  expect(invoices.some((i) => i.paidAt !== null)).toBe(true);
});

test("the demo shows companies as issue #20 asks: a verified one with three members (sme@ its admin), an unverified one with a pending booking", async () => {
  const em = t.db.manager;
  const companies = await em.getRepository(Company).find();
  const members = await em.getRepository(User).find({ where: { role: "company_member" } });
  const verifiedWithThree = companies.filter((c) => c.verification === "verified" && members.filter((m) => m.companyId === c.id).length >= 3);
  expect(verifiedWithThree.length).toBeGreaterThanOrEqual(1);
  const sme = members.find((m) => m.email === "sme@demo.example")!;
  expect(sme.companyRole).toBe("admin");
  expect(verifiedWithThree.map((c) => c.id)).toContain(sme.companyId);
  const unverified = companies.filter((c) => c.verification === "unverified");
  expect(unverified.length).toBeGreaterThanOrEqual(1);
  const pending = await em.query(`SELECT COUNT(*) AS n FROM reservation WHERE company_id = ${unverified[0].id} AND status = 'pending' AND pending_reason = 'company_unverified'`);
  expect(Number(pending[0].n)).toBeGreaterThanOrEqual(1);
});

test("the demo's X-ray CT consultation has the company's drawing on its reply: a PDF in the upload directory, downloaded by the assigned staff", async () => {
  const [row] = await t.db.manager.getRepository(ConsultationAttachment).find();
  expect(row).toMatchObject({ fileName: "part-drawing.pdf", contentType: "application/pdf" });
  expect(row.messageId).not.toBeNull();
  expect(attachmentFilesIn(t.config.uploadDir)).toEqual([row.storedName]);
  const staff = { authorization: `Bearer ${await t.login("staff4@demo.example", DEMO_PASSWORD)}` };
  const view = await t.http.get(`/api/consultations/${row.consultationId}`).set(staff);
  const reply = view.body.consultation.messages.find((m: { id: number }) => m.id === row.messageId);
  expect(reply).toMatchObject({ author: { side: "company" }, attachments: [{ id: row.id, fileName: "part-drawing.pdf", deletable: false }] });
  const file = await t.http.get(`/api/consultations/${row.consultationId}/attachments/${row.id}`).set(staff).buffer(true).parse(binary);
  expect(file.status).toBe(200);
  expect((file.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");
  expect((file.body as Buffer).length).toBe(row.sizeBytes);
});
