import { AuditEvent, ReservationAttachment, type Reservation } from "../../../server/platform/db/entities";
import { LIMITS } from "../../../shared/limits";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";
import { attachmentFilesIn, binary, NOT_A_PDF, PDF, png } from "./sample-files";

let t: TestApp;
let w: World;
let booking: Reservation;
let colleague: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  booking = await t.make.reservation(w.sem, w.m1, at("2027-06-09T10:00"), at("2027-06-09T12:00"));
  const other = await t.make.companyMember(w.c1);
  colleague = { authorization: `Bearer ${await t.login(other.email)}` };
});
afterAll(() => t.close());

const path = (id = booking.id) => `/api/reservations/${id}/attachments`;
const stored = () => t.db.manager.getRepository(ReservationAttachment).count();
const filesIn = () => attachmentFilesIn(t.config.uploadDir);

describe("attaching a file to a booking", () => {
  let pdfId: number;

  test("the company attaches a PDF; it is stored under a random name and audited", async () => {
    const res = await t.http.post(path()).set(w.auth("m1")).attach("file", PDF, "SDS 試料A.pdf");
    expect(res.status).toBe(201);
    expect(res.body.attachment).toMatchObject({ reservationId: booking.id, fileName: "SDS 試料A.pdf", contentType: "application/pdf", sizeBytes: PDF.length, uploadedBy: { id: w.m1.id }, deletable: true });
    pdfId = res.body.attachment.id;
    const row = await t.db.manager.getRepository(ReservationAttachment).findOneByOrFail({ id: pdfId });
    expect(row.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(filesIn()).toEqual([row.storedName]);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "reservation.attachment_added", entityId: booking.id })).toBe(1);
  });

  test("the institution's staff member lists and downloads it: as an attachment, nosniff, not cached, the bytes as sent", async () => {
    const list = await t.http.get(path()).set(w.auth("staffA2"));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: pdfId, fileName: "SDS 試料A.pdf", deletable: false })]);
    const res = await t.http.get(`${path()}/${pdfId}`).set(w.auth("staffA2")).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename=.*filename\*=UTF-8''SDS%20%E8%A9%A6%E6%96%99A\.pdf$/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect((res.body as Buffer).equals(PDF)).toBe(true);
  });

  test("seen by the company and the institution's staff and admins; another company, another institution and the coordinator get 404", async () => {
    for (const who of ["m1", "staffA1", "staffA2", "adminA"] as const) expect((await t.http.get(path()).set(w.auth(who))).status).toBe(200);
    expect((await t.http.get(path()).set(colleague)).status).toBe(200);
    for (const who of ["m2", "staffB", "adminB", "coordinator"] as WorldRole[]) {
      expect((await t.http.get(path()).set(w.auth(who))).status).toBe(404);
      expect((await t.http.get(`${path()}/${pdfId}`).set(w.auth(who))).status).toBe(404);
      expect((await t.http.delete(`${path()}/${pdfId}`).set(w.auth(who))).status).toBe(404);
    }
    expect((await t.http.get(path())).status).toBe(401);
    expect((await t.http.get(path(999_999)).set(w.auth("m1"))).status).toBe(404);
  });

  test("refused uploads save nothing: staff (403), another company (404), over 20 MB (413), text named .pdf (400)", async () => {
    const rows = await stored();
    const files = filesIn().length;
    expect((await t.http.post(path()).set(w.auth("staffA1")).attach("file", PDF, "a.pdf")).status).toBe(403);
    expect((await t.http.post(path()).set(w.auth("m2")).attach("file", PDF, "a.pdf")).status).toBe(404);
    const big = Buffer.concat([PDF, Buffer.alloc(LIMITS.attachmentMaxBytes)]);
    const tooLarge = await t.http.post(path()).set(w.auth("m1")).attach("file", big, "big.pdf");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({ code: "payload_too_large", details: { reason: "file_too_large", maxBytes: LIMITS.attachmentMaxBytes } });
    const fake = await t.http.post(path()).set(w.auth("m1")).attach("file", NOT_A_PDF, { filename: "sds.pdf", contentType: "application/pdf" });
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: "validation_failed", details: { reason: "file_type" } });
    expect(await stored()).toBe(rows);
    expect(filesIn().length).toBe(files);
  });

  test("a PNG drawing is accepted; a colleague sees it but only its uploader deletes it", async () => {
    const res = await t.http.post(path()).set(colleague).attach("file", await png(), "drawing");
    expect(res.body.attachment).toMatchObject({ fileName: "drawing.png", contentType: "image/png" });
    const id = res.body.attachment.id;
    expect((await t.http.delete(`${path()}/${id}`).set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.delete(`${path()}/${id}`).set(w.auth("staffA1"))).status).toBe(403);
    const mine = await t.http.get(path()).set(colleague);
    expect(mine.body.items.map((a: { deletable: boolean }) => a.deletable)).toEqual([false, true]);
    expect((await t.http.delete(`${path()}/${id}`).set(colleague)).status).toBe(204);
    expect((await t.http.get(`${path()}/${id}`).set(colleague)).status).toBe(404);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "reservation.attachment_removed", entityId: booking.id })).toBe(1);
  });

  test("once the booking is cancelled, files stay readable but can no longer be added or deleted", async () => {
    const cancelled = await t.make.reservation(w.sem, w.m1, at("2027-06-10T10:00"), at("2027-06-10T12:00"));
    const added = await t.http.post(path(cancelled.id)).set(w.auth("m1")).attach("file", PDF, "a.pdf");
    expect((await t.http.post(`/api/reservations/${cancelled.id}/cancel`).set(w.auth("m1")).send({})).status).toBe(200);
    expect((await t.http.post(path(cancelled.id)).set(w.auth("m1")).attach("file", PDF, "b.pdf")).status).toBe(403);
    expect((await t.http.delete(`${path(cancelled.id)}/${added.body.attachment.id}`).set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.get(path(cancelled.id)).set(w.auth("staffA1"))).body.items).toHaveLength(1);
  });

  test("at most the limit of files per booking (409), and a bad id → 400", async () => {
    const full = await t.make.reservation(w.sem, w.m1, at("2027-06-11T10:00"), at("2027-06-11T12:00"));
    for (let i = 0; i < LIMITS.attachmentsPerReservation; i++) expect((await t.http.post(path(full.id)).set(w.auth("m1")).attach("file", PDF, `${i}.pdf`)).status).toBe(201);
    const over = await t.http.post(path(full.id)).set(w.auth("m1")).attach("file", PDF, "x.pdf");
    expect(over.status).toBe(409);
    expect(over.body.error.details.reason).toBe("too_many_attachments");
    expect((await t.http.get(`${path()}/abc`).set(w.auth("m1"))).status).toBe(400);
  });
});
