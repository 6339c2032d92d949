import { Router, type NextFunction, type Request, type Response } from "express";
import { LIMITS } from "../../shared/limits";
import { IdParamsSchema } from "../../shared/schemas/common";
import { ConsultationAttachmentFieldsSchema, ConsultationAttachmentParamsSchema } from "../../shared/schemas/consultation-files";
import { ATTACHMENT_TYPES } from "../../shared/schemas/files";
import { currentActor } from "../accounts";
import { sendAttachment, singleFile, uploadedFile, type UploadStore } from "../files";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { accessForAttaching, deleteConsultationAttachment, visibleAttachment } from "./consultation-attachments.service";
import { addConsultationAttachment } from "./consultation-attachments.upload";

/** Files on a consultation (`/api/consultations/:id/attachments`): seen by whoever sees it, added by whoever writes in its thread. */
export function consultationAttachmentRoutes(ctx: AppContext, store: UploadStore): Router {
  const router = Router();
  // Refuse before reading a body the caller may not send.
  const attachersOnly = async (req: Request, _res: Response, next: NextFunction) => {
    await accessForAttaching(ctx.db.manager, currentActor(req), parse(IdParamsSchema, req.params).id);
    next();
  };

  router.post("/:id/attachments", attachersOnly, singleFile(LIMITS.attachmentMaxBytes), async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const { messageId } = parse(ConsultationAttachmentFieldsSchema, req.body ?? {});
    const attachment = await addConsultationAttachment(ctx.db, store, currentActor(req), id, uploadedFile(req, ATTACHMENT_TYPES), messageId ?? null);
    res.status(201).json({ attachment });
  });

  router.get("/:id/attachments/:attachmentId", async (req, res) => {
    const { id, attachmentId } = parse(ConsultationAttachmentParamsSchema, req.params);
    const { attachment } = await visibleAttachment(ctx.db.manager, currentActor(req), id, attachmentId);
    sendAttachment(res, store.attachmentPath(attachment.storedName), attachment);
  });

  router.delete("/:id/attachments/:attachmentId", async (req, res) => {
    const { id, attachmentId } = parse(ConsultationAttachmentParamsSchema, req.params);
    const actor = currentActor(req);
    const removed = await ctx.db.write((em) => deleteConsultationAttachment(em, actor, id, attachmentId));
    await store.remove(store.attachmentPath(removed.storedName));
    res.status(204).end();
  });

  return router;
}
