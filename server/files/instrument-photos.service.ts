import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { LIMITS } from "../../shared/limits";
import type { PhotoAltRequestSchema } from "../../shared/schemas/files";
import { Instrument, type User } from "../platform/db/entities";
import type { StoredPhoto } from "../platform/db/entities/instrument";
import type { Database } from "../platform/db/database";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import type { AuditAction } from "../../shared/audit-actions";
import { canOnInstitution } from "../institutions";
import { findInstrument } from "../instruments";
import { reencodePhoto } from "./photo-image";
import { randomName, type UploadStore } from "./upload-store";

type Alt = z.output<typeof PhotoAltRequestSchema>;

interface PhotoDeps {
  db: Database;
  store: UploadStore;
}

/** The instrument, if the user manages its institution (another institution's admin: 403). */
export async function managedInstrument(em: EntityManager, user: User, id: number): Promise<Instrument> {
  const instrument = await findInstrument(em, id);
  if (!canOnInstitution(user, "manage", instrument.institutionId)) throw new Forbidden("Only the institution's admins change its instruments");
  return instrument;
}

/** The instrument's photos read afresh in the write transaction (on PostgreSQL with the row locked, so two uploads cannot lose one). */
async function lockedPhotos(em: EntityManager, id: number): Promise<StoredPhoto[]> {
  const postgres = em.connection.driver.options.type === "postgres";
  const row = await em.getRepository(Instrument).findOne({ where: { id }, select: { id: true, photos: true }, ...(postgres && { lock: { mode: "pessimistic_write" as const } }) });
  if (!row) throw new NotFound("Instrument");
  return row.photos ?? [];
}

async function savePhotos(em: EntityManager, user: User, instrument: Instrument, photos: StoredPhoto[], action: AuditAction, photoId: string): Promise<void> {
  await em.getRepository(Instrument).update(instrument.id, { photos });
  await recordAudit(em, { actorUserId: user.id, action, entityType: "instrument", entityId: instrument.id, institutionId: instrument.institutionId, details: { photoId } });
}

function indexOf(photos: StoredPhoto[], photoId: string): number {
  const index = photos.findIndex((p) => p.id === photoId);
  if (index < 0) throw new NotFound("Photo");
  return index;
}

/** Adds a photo (re-encoded, EXIF stripped) after the others; the first photo is the main one. */
export async function addPhoto(deps: PhotoDeps, user: User, instrumentId: number, bytes: Buffer, alt: Alt): Promise<void> {
  const instrument = await managedInstrument(deps.db.manager, user, instrumentId);
  const image = await reencodePhoto(bytes);
  const photo: StoredPhoto = { id: randomName(), altJa: alt.altJa, altEn: alt.altEn, width: image.width, height: image.height };
  const target = deps.store.photoPath(photo.id);
  await deps.store.save(target, image.data);
  await deps.store.recordOrRemove(target, () =>
    deps.db.write(async (em) => {
      const photos = await lockedPhotos(em, instrumentId);
      if (photos.length >= LIMITS.photosPerInstrument) throw new Conflict(`At most ${LIMITS.photosPerInstrument} photos per instrument`, { reason: "too_many_photos" });
      await savePhotos(em, user, instrument, [...photos, photo], "instrument.photo_added", photo.id);
    }),
  );
}

/** Puts a new image in a photo's place (a new id, so caches never show the old one); the alternative text stays unless sent. */
export async function replacePhoto(deps: PhotoDeps, user: User, instrumentId: number, photoId: string, bytes: Buffer, alt: Partial<Alt>): Promise<void> {
  const instrument = await managedInstrument(deps.db.manager, user, instrumentId);
  indexOf(instrument.photos ?? [], photoId);
  const image = await reencodePhoto(bytes);
  const id = randomName();
  const target = deps.store.photoPath(id);
  await deps.store.save(target, image.data);
  await deps.store.recordOrRemove(target, () =>
    deps.db.write(async (em) => {
      const photos = await lockedPhotos(em, instrumentId);
      const index = indexOf(photos, photoId);
      const next = { ...photos[index], ...alt, id, width: image.width, height: image.height };
      await savePhotos(em, user, instrument, photos.map((p, i) => (i === index ? next : p)), "instrument.photo_replaced", id);
    }),
  );
  await deps.store.remove(deps.store.photoPath(photoId));
}

export async function updatePhotoAlt(deps: PhotoDeps, user: User, instrumentId: number, photoId: string, alt: Alt): Promise<void> {
  const instrument = await managedInstrument(deps.db.manager, user, instrumentId);
  await deps.db.write(async (em) => {
    const photos = await lockedPhotos(em, instrumentId);
    const index = indexOf(photos, photoId);
    await savePhotos(em, user, instrument, photos.map((p, i) => (i === index ? { ...p, ...alt } : p)), "instrument.photo_updated", photoId);
  });
}

/** Removes a photo: the row first, then (committed) its file. */
export async function removePhoto(deps: PhotoDeps, user: User, instrumentId: number, photoId: string): Promise<void> {
  const instrument = await managedInstrument(deps.db.manager, user, instrumentId);
  await deps.db.write(async (em) => {
    const photos = await lockedPhotos(em, instrumentId);
    indexOf(photos, photoId);
    await savePhotos(em, user, instrument, photos.filter((p) => p.id !== photoId), "instrument.photo_removed", photoId);
  });
  await deps.store.remove(deps.store.photoPath(photoId));
}
