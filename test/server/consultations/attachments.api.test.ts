import { dispatchOnce } from "../../../server/notifications";
import { AuditEvent, ConsultationAttachment, Notification } from "../../../server/platform/db/entities";
import { LIMITS } from "../../../shared/limits";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";
import { attachmentFilesIn, binary, NOT_A_PDF, PDF, png } from "../files/sample-files";

let t: TestApp;
let w: World;
let id: number;
let colleague: { authorization: string };

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
const files = (consultationId = id) => `/api/consultations/${consultationId}/attachments`;
const stored = () => t.db.manager.getRepository(ConsultationAttachment).count();
const filesIn = () => attachmentFilesIn(t.config.uploadDir);

async function need(): Promise<number> {
  const res = await post("m1", "/api/consultations", { summary: "Voids in moulded parts", details: "Which method shows voids without cutting?" });
  expect(res.status).toBe(201);
  return res.body.consultation.id;
}

/** Posts a message and answers its id. */
async function message(who: WorldRole, consultationId: number, body: string): Promise<number> {
  const res = await post(who, `/api/consultations/${consultationId}/messages`, { body });
  expect(res.status).toBe(201);
  return res.body.consultation.messages.at(-1).id;
}

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  colleague = { authorization: `Bearer ${await t.login((await t.make.companyMember(w.c1)).email)}` };
  id = await need();
  expect((await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] })).status).toBe(200);
  expect((await post("adminA", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA1.member.id })).status).toBe(200);
});
afterAll(() => t.close());

describe("files on a consultation", () => {
  let drawing: number;

  test("the company attaches a PDF to its need: stored under a random name, audited, listed with the need", async () => {
    const res = await t.http.post(files()).set(w.auth("m1")).attach("file", PDF, "図面 A.pdf");
    expect(res.status).toBe(201);
    expect(res.body.attachment).toMatchObject({ consultationId: id, messageId: null, fileName: "図面 A.pdf", contentType: "application/pdf", sizeBytes: PDF.length, uploadedBy: { id: w.m1.id }, deletable: true });
    drawing = res.body.attachment.id;
    const row = await t.db.manager.getRepository(ConsultationAttachment).findOneByOrFail({ id: drawing });
    expect(row.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(filesIn()).toEqual([row.storedName]);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "consultation.attachment_added", entityId: id })).toBe(1);
    const asCompany = await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"));
    expect(asCompany.body.consultation.attachments).toEqual([expect.objectContaining({ id: drawing, deletable: true })]);
    const asStaff = await t.http.get(`/api/consultations/${id}`).set(w.auth("staffA1"));
    expect(asStaff.body.consultation.attachments).toEqual([expect.objectContaining({ id: drawing, deletable: false, uploadedBy: { id: w.m1.id, name: w.m1.displayName } })]);
  });

  test("the assigned staff and the coordinator attach files to their own messages; each message lists its files", async () => {
    const reply = await message("staffA1", id, "X-ray CT answers this; our sample holder is drawn here.");
    const res = await t.http.post(files()).set(w.auth("staffA1")).field("messageId", String(reply)).attach("file", await png(), "holder");
    expect(res.status).toBe(201);
    expect(res.body.attachment).toMatchObject({ messageId: reply, fileName: "holder.png", contentType: "image/png" });
    const note = await message("coordinator", id, "The programme's form, for the record.");
    expect((await t.http.post(files()).set(w.auth("coordinator")).field("messageId", String(note)).attach("file", PDF, "form.pdf")).status).toBe(201);
    const view = (await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"))).body.consultation;
    expect(view.messages.map((m: { attachments: { fileName: string }[] }) => m.attachments.map((a) => a.fileName))).toEqual([["holder.png"], ["form.pdf"]]);
    expect(view.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(["図面 A.pdf"]);
  });

  test("seen by exactly who sees the consultation: another company and a non-routed institution get 404", async () => {
    for (const who of ["m1", "staffA1", "staffA2", "adminA", "coordinator"] as WorldRole[]) {
      expect((await t.http.get(`${files()}/${drawing}`).set(w.auth(who))).status).toBe(200);
    }
    expect((await t.http.get(`${files()}/${drawing}`).set(colleague)).status).toBe(200);
    for (const who of ["m2", "staffB", "adminB"] as WorldRole[]) {
      expect((await t.http.get(`${files()}/${drawing}`).set(w.auth(who))).status).toBe(404);
      expect((await t.http.post(files()).set(w.auth(who)).attach("file", PDF, "a.pdf")).status).toBe(404);
      expect((await t.http.delete(`${files()}/${drawing}`).set(w.auth(who))).status).toBe(404);
    }
    expect((await t.http.get(`${files()}/${drawing}`)).status).toBe(401);
    expect((await t.http.get(`${files(await need())}/${drawing}`).set(w.auth("m1"))).status).toBe(404);
    expect((await t.http.get(`${files()}/abc`).set(w.auth("m1"))).status).toBe(400);
  });

  test("the download: an attachment, nosniff, not cached, the bytes as sent", async () => {
    const res = await t.http.get(`${files()}/${drawing}`).set(w.auth("staffA1")).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename=.*filename\*=UTF-8''%E5%9B%B3%E9%9D%A2%20A\.pdf$/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect((res.body as Buffer).equals(PDF)).toBe(true);
  });

  test("refused uploads store nothing: staff not assigned (403), text named .pdf (400), over 20 MB (413), someone else's message (400)", async () => {
    const rows = await stored();
    const before = filesIn().length;
    expect((await t.http.post(files()).set(w.auth("staffA2")).attach("file", PDF, "a.pdf")).status).toBe(403);
    const fake = await t.http.post(files()).set(w.auth("m1")).attach("file", NOT_A_PDF, { filename: "sds.pdf", contentType: "application/pdf" });
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: "validation_failed", details: { reason: "file_type" } });
    const tooLarge = await t.http.post(files()).set(w.auth("m1")).attach("file", Buffer.concat([PDF, Buffer.alloc(LIMITS.attachmentMaxBytes)]), "big.pdf");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({ code: "payload_too_large", details: { reason: "file_too_large", maxBytes: LIMITS.attachmentMaxBytes } });
    const staffMessage = (await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"))).body.consultation.messages[0].id;
    const notMine = await t.http.post(files()).set(w.auth("m1")).field("messageId", String(staffMessage)).attach("file", PDF, "a.pdf");
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.details).toMatchObject({ reason: "invalid_message", field: "messageId" });
    expect((await t.http.post(files()).set(w.auth("m1")).field("messageId", "x").attach("file", PDF, "a.pdf")).status).toBe(400);
    expect((await t.http.post(files()).set(w.auth("m1")).send({})).body.error.details.reason).toBe("file_missing");
    expect(await stored()).toBe(rows);
    expect(filesIn().length).toBe(before);
  });

  test("only its uploader removes a file (others who see it 403); the file leaves the disk", async () => {
    const res = await t.http.post(files()).set(colleague).attach("file", PDF, "spare.pdf");
    const spare = res.body.attachment.id;
    const storedName = (await t.db.manager.getRepository(ConsultationAttachment).findOneByOrFail({ id: spare })).storedName;
    for (const who of ["m1", "staffA1", "coordinator"] as WorldRole[]) expect((await t.http.delete(`${files()}/${spare}`).set(w.auth(who))).status).toBe(403);
    expect((await t.http.delete(`${files()}/${spare}`).set(colleague)).status).toBe(204);
    expect(filesIn()).not.toContain(storedName);
    expect((await t.http.get(`${files()}/${spare}`).set(colleague)).status).toBe(404);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "consultation.attachment_removed", entityId: id })).toBe(1);
  });

  test("a closed consultation keeps its files readable; adding or removing one is 409 until the company reopens it", async () => {
    const closing = await need();
    const kept = (await t.http.post(files(closing)).set(w.auth("m1")).attach("file", PDF, "kept.pdf")).body.attachment.id;
    expect((await post("m1", `/api/consultations/${closing}/close`, { reason: "withdrawn" })).status).toBe(200);
    const added = await t.http.post(files(closing)).set(w.auth("m1")).attach("file", PDF, "late.pdf");
    expect(added.status).toBe(409);
    expect(added.body.error.details.reason).toBe("consultation_closed");
    expect((await t.http.delete(`${files(closing)}/${kept}`).set(w.auth("m1"))).status).toBe(409);
    expect((await t.http.get(`${files(closing)}/${kept}`).set(w.auth("m1"))).status).toBe(200);
    expect((await t.http.get(`/api/consultations/${closing}`).set(w.auth("m1"))).body.consultation.attachments[0].deletable).toBe(false);
  });

  test("at most the limit of files per consultation (409 too_many_attachments)", async () => {
    const full = await need();
    for (let i = 0; i < LIMITS.attachmentsPerConsultation; i++) expect((await t.http.post(files(full)).set(w.auth("m1")).attach("file", PDF, `${i}.pdf`)).status).toBe(201);
    const before = filesIn().length;
    const over = await t.http.post(files(full)).set(w.auth("m1")).attach("file", PDF, "x.pdf");
    expect(over.status).toBe(409);
    expect(over.body.error.details).toMatchObject({ reason: "too_many_attachments", max: LIMITS.attachmentsPerConsultation });
    expect(filesIn().length).toBe(before);
  });
});

describe("who hears of a new file", () => {
  const dispatch = async () => {
    while ((await dispatchOnce(t.db, t.clock, { publicUrl: "https://es.test.example" })) > 0);
  };
  const titles = async (userId: number) => (await t.db.manager.getRepository(Notification).find({ where: { userId }, order: { id: "ASC" } })).map((n) => n.title);

  test("the need's files while with the coordinator, and a message's files, add no notice; a later file for the need does", async () => {
    await dispatch();
    const quiet = await need();
    await t.http.post(files(quiet)).set(w.auth("m1")).attach("file", PDF, "with-the-need.pdf");
    await dispatch();
    expect(await titles(w.coordinator.id)).toEqual(expect.not.arrayContaining([expect.stringContaining("file")]));
    await post("coordinator", `/api/consultations/${quiet}/route`, { institutionIds: [w.instA.id] });
    await post("adminA", `/api/consultations/${quiet}/assign`, { staffMemberId: w.staffA1.member.id });
    const reply = await message("m1", quiet, "One more photo below.");
    await t.http.post(files(quiet)).set(w.auth("m1")).field("messageId", String(reply)).attach("file", await png(), "photo.png");
    await t.http.post(files(quiet)).set(w.auth("m1")).attach("file", PDF, "later.pdf");
    const before = (await titles(w.staffA1.user.id)).length;
    await dispatch();
    const told = (await titles(w.staffA1.user.id)).slice(before);
    expect(told).toEqual(["Consultation assigned to you: Voids in moulded parts", "New message in a consultation: Voids in moulded parts", "New file in a consultation: Voids in moulded parts"]);
    expect(await titles(w.m1.id)).toEqual(expect.not.arrayContaining(["New file in a consultation: Voids in moulded parts"]));
  });
});
