import { Router, type Request, type Response } from "express";
import { LIMITS } from "../../shared/limits";
import { PHOTO_TYPES, PhotoAltRequestSchema, PhotoFileParamsSchema, PhotoParamsSchema } from "../../shared/schemas/files";
import { IdParamsSchema } from "../../shared/schemas/common";
import { currentUser } from "../accounts";
import { presentInstrument, staffedInstrumentIds } from "../catalogue";
import { findInstrument } from "../instruments";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { NotFound } from "../platform/errors";
import { addPhoto, managedInstrument, removePhoto, replacePhoto, updatePhotoAlt } from "./instrument-photos.service";
import { singleFile, uploadedFile } from "./upload";
import type { UploadStore } from "./upload-store";

/**
 * Instrument photos: public to read (catalogue content, served under random names), changed by the institution's
 * admins. Every change answers the instrument as the catalogue now shows it.
 */
export function instrumentPhotoRoutes(ctx: AppContext, store: UploadStore): Router {
  const router = Router();
  const deps = { db: ctx.db, store };
  const upload = singleFile(LIMITS.photoMaxBytes);
  // Refuse before reading a body the caller may not send (401/403/404 without parsing 5 MB).
  const managerOnly = async (req: Request, _res: Response, next: () => void) => {
    await managedInstrument(ctx.db.manager, currentUser(req), parse(IdParamsSchema, req.params).id);
    next();
  };
  const answer = async (req: Request, res: Response, id: number, status = 200) => {
    const instrument = await findInstrument(ctx.db.manager, id);
    const supported = await staffedInstrumentIds(ctx.db.manager, [id]);
    res.status(status).json({ instrument: presentInstrument(instrument, requestLocale(req), supported.has(id)) });
  };

  router.get("/:id/photos/:file", async (req, res) => {
    const { id, file } = parse(PhotoFileParamsSchema, req.params);
    const instrument = await findInstrument(ctx.db.manager, id);
    const photoId = file.slice(0, -".webp".length);
    if (!(instrument.photos ?? []).some((p) => p.id === photoId)) throw new NotFound("Photo");
    // A photo's name changes whenever its image does, so browsers may keep it for good.
    res.set("Cache-Control", "public, max-age=31536000, immutable");
    res.sendFile(store.photoPath(photoId), { cacheControl: false, headers: { "Content-Type": "image/webp" } });
  });

  router.post("/:id/photos", managerOnly, upload, async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const alt = parse(PhotoAltRequestSchema, req.body);
    await addPhoto(deps, currentUser(req), id, uploadedFile(req, PHOTO_TYPES).bytes, alt);
    await answer(req, res, id, 201);
  });

  router.put("/:id/photos/:photoId", managerOnly, upload, async (req, res) => {
    const { id, photoId } = parse(PhotoParamsSchema, req.params);
    const alt = parse(PhotoAltRequestSchema.partial(), req.body);
    const given = Object.fromEntries(Object.entries(alt).filter(([key]) => key in (req.body ?? {})));
    await replacePhoto(deps, currentUser(req), id, photoId, uploadedFile(req, PHOTO_TYPES).bytes, given);
    await answer(req, res, id);
  });

  router.patch("/:id/photos/:photoId", async (req, res) => {
    const { id, photoId } = parse(PhotoParamsSchema, req.params);
    const alt = parse(PhotoAltRequestSchema, req.body);
    await updatePhotoAlt(deps, currentUser(req), id, photoId, alt);
    await answer(req, res, id);
  });

  router.delete("/:id/photos/:photoId", async (req, res) => {
    const { id, photoId } = parse(PhotoParamsSchema, req.params);
    await removePhoto(deps, currentUser(req), id, photoId);
    await answer(req, res, id);
  });

  return router;
}
