import fs from "node:fs";
import sharp from "sharp";
import { AuditEvent, Instrument } from "../../../server/platform/db/entities";
import { LIMITS } from "../../../shared/limits";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";
import { BROKEN_JPEG, jpegWithExif, NOT_A_PDF, png } from "./sample-files";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const photosOf = async (id: number) => (await t.db.manager.getRepository(Instrument).findOneByOrFail({ id })).photos ?? [];
const filesIn = () => (fs.existsSync(`${t.config.uploadDir}/photos`) ? fs.readdirSync(`${t.config.uploadDir}/photos`) : []);
const upload = (id: number, bytes: Buffer, filename = "photo.jpg") =>
  t.http.post(`/api/instruments/${id}/photos`).set(w.auth("adminA")).field("altJa", "走査電子顕微鏡の外観").field("altEn", "The SEM seen from the front").attach("file", bytes, filename);

describe("POST /api/instruments/:id/photos", () => {
  test("an admin uploads a JPEG; it is re-encoded as WebP without EXIF or GPS and shown in the catalogue", async () => {
    const original = await jpegWithExif(2400, 1800);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(w.sem.id, original);
    expect(res.status).toBe(201);
    const [photo] = res.body.instrument.photos;
    expect(photo).toMatchObject({ altJa: "走査電子顕微鏡の外観", altEn: "The SEM seen from the front", width: LIMITS.photoMaxPixels, height: 1200 });
    expect(res.body.instrument.photoUrl).toBe(photo.url);
    expect(photo.url).toMatch(new RegExp(`^/api/instruments/${w.sem.id}/photos/[0-9a-f]{32}\\.webp$`));

    const served = await t.http.get(photo.url).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => done(null, Buffer.concat(chunks)));
    });
    expect(served.status).toBe(200);
    expect(served.headers["content-type"]).toBe("image/webp");
    expect(served.headers["cache-control"]).toContain("immutable");
    const body = served.body as Buffer;
    const metadata = await sharp(body).metadata();
    expect(metadata.format).toBe("webp");
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(body.includes("SecretCam")).toBe(false);
    expect(body.includes("Field Engineer")).toBe(false);

    const catalogue = await t.http.get("/api/instruments").query({ lang: "en" });
    const card = catalogue.body.items.find((i: { id: number }) => i.id === w.sem.id);
    expect(card.photoUrl).toBe(photo.url);
    expect(card.photos[0].alt).toBe("The SEM seen from the front");
    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "instrument.photo_added", entityId: w.sem.id });
    expect(audit.actorUserId).toBe(w.adminA.id);
  });

  test("PNG is accepted, whatever the file is called", async () => {
    const res = await upload(w.tem.id, await png(), "drawing.pdf");
    expect(res.status).toBe(201);
    expect(res.body.instrument.photos).toHaveLength(1);
  });

  test("refused: another institution's admin (403), staff (403), a company member (403), signed out (401); nothing saved", async () => {
    const before = filesIn().length;
    const bytes = await png();
    for (const who of ["adminB", "staffA1", "m1", "coordinator"] as const) {
      const res = await t.http.post(`/api/instruments/${w.sem.id}/photos`).set(w.auth(who)).attach("file", bytes, "p.png");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect((await t.http.post(`/api/instruments/${w.sem.id}/photos`).attach("file", bytes, "p.png")).status).toBe(401);
    expect((await t.http.post(`/api/instruments/999999/photos`).set(w.auth("adminA")).attach("file", bytes, "p.png")).status).toBe(404);
    expect(filesIn().length).toBe(before);
  });

  test("over 5 MB → 413 with the error body; a non-image or a broken image → 400; nothing saved", async () => {
    const before = await photosOf(w.semB.id);
    const files = filesIn().length;
    const big = Buffer.concat([await png(), Buffer.alloc(LIMITS.photoMaxBytes)]);
    const tooLarge = await t.http.post(`/api/instruments/${w.semB.id}/photos`).set(w.auth("adminB")).attach("file", big, "big.png");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({ code: "payload_too_large", details: { reason: "file_too_large", maxBytes: LIMITS.photoMaxBytes } });
    for (const [bytes, name, reason] of [[NOT_A_PDF, "photo.jpg", "file_type"], [BROKEN_JPEG, "photo.jpg", "file_unreadable"]] as const) {
      const res = await t.http.post(`/api/instruments/${w.semB.id}/photos`).set(w.auth("adminB")).attach("file", bytes, name);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "validation_failed", details: { reason } });
    }
    const missing = await t.http.post(`/api/instruments/${w.semB.id}/photos`).set(w.auth("adminB")).send({ altJa: "x" });
    expect(missing.body.error).toMatchObject({ code: "validation_failed", details: { reason: "file_missing" } });
    const longAlt = await t.http.post(`/api/instruments/${w.semB.id}/photos`).set(w.auth("adminB")).field("altEn", "x".repeat(LIMITS.photoAltMaxLength + 1)).attach("file", await png(), "p.png");
    expect(longAlt.status).toBe(400);
    expect(await photosOf(w.semB.id)).toEqual(before);
    expect(filesIn().length).toBe(files);
  });
});

describe("replace, alternative text, remove", () => {
  test("the admin replaces the image (new address, old file gone), edits the text, removes the photo", async () => {
    const added = await t.http.post(`/api/instruments/${w.semB.id}/photos`).set(w.auth("adminB")).field("altJa", "旧").attach("file", await png(), "p.png");
    const old = added.body.instrument.photos[0];
    const replaced = await t.http.put(`/api/instruments/${w.semB.id}/photos/${old.id}`).set(w.auth("adminB")).attach("file", await jpegWithExif(), "new.jpg");
    expect(replaced.status).toBe(200);
    const fresh = replaced.body.instrument.photos[0];
    expect(fresh).toMatchObject({ altJa: "旧", width: 64, height: 48 });
    expect(fresh.id).not.toBe(old.id);
    expect((await t.http.get(old.url)).status).toBe(404);
    expect(filesIn()).not.toContain(`${old.id}.webp`);

    expect((await t.http.patch(`/api/instruments/${w.semB.id}/photos/${fresh.id}`).set(w.auth("adminA")).send({ altJa: "x" })).status).toBe(403);
    const edited = await t.http.patch(`/api/instruments/${w.semB.id}/photos/${fresh.id}`).set(w.auth("adminB")).send({ altJa: "新しい写真", altEn: "New photo" });
    expect(edited.body.instrument.photos[0]).toMatchObject({ altJa: "新しい写真", altEn: "New photo" });

    expect((await t.http.delete(`/api/instruments/${w.semB.id}/photos/${fresh.id}`).set(w.auth("staffB"))).status).toBe(403);
    const removed = await t.http.delete(`/api/instruments/${w.semB.id}/photos/${fresh.id}`).set(w.auth("adminB"));
    expect(removed.status).toBe(200);
    expect(removed.body.instrument).toMatchObject({ photoUrl: null, photos: [] });
    expect((await t.http.get(fresh.url)).status).toBe(404);
    expect(filesIn()).not.toContain(`${fresh.id}.webp`);
    expect((await t.http.delete(`/api/instruments/${w.semB.id}/photos/${fresh.id}`).set(w.auth("adminB"))).status).toBe(404);
  });

  test("a photo id that is not one → 400; another instrument's photo is not served under this one", async () => {
    expect((await t.http.delete(`/api/instruments/${w.sem.id}/photos/..%2F..%2Fetc`).set(w.auth("adminA"))).status).toBe(400);
    const [photo] = await photosOf(w.sem.id);
    expect((await t.http.get(`/api/instruments/${w.tem.id}/photos/${photo.id}.webp`)).status).toBe(404);
  });
});
