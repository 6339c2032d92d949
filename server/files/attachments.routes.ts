import { Router, type Request, type Response } from "express";
import { LIMITS } from "../../shared/limits";
import { ATTACHMENT_TYPES, AttachmentParamsSchema } from "../../shared/schemas/files";
import { IdParamsSchema } from "../../shared/schemas/common";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { addAttachment, attachmentToDownload, bookingFor, listAttachments, removeAttachment } from "./attachments.service";
import { sendAttachment } from "./download";
import { singleFile, uploadedFile } from "./upload";
import type { UploadStore } from "./upload-store";

/** Files on a booking: its company adds them; the company and the institution's staff and admins read them. */
export function attachmentRoutes(ctx: AppContext, store: UploadStore): Router {
  const router = Router();
  const deps = { db: ctx.db, store };
  // Refuse before reading a body the caller may not send.
  const attachersOnly = async (req: Request, _res: Response, next: () => void) => {
    await bookingFor(ctx.db.manager, currentUser(req), parse(IdParamsSchema, req.params).id, "attach");
    next();
  };

  router.get("/:id/attachments", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    res.json({ items: await listAttachments(ctx.db.manager, currentUser(req), id) });
  });

  router.post("/:id/attachments", attachersOnly, singleFile(LIMITS.attachmentMaxBytes), async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const attachment = await addAttachment(deps, currentUser(req), id, uploadedFile(req, ATTACHMENT_TYPES));
    res.status(201).json({ attachment });
  });

  router.get("/:id/attachments/:attachmentId", async (req, res) => {
    const { id, attachmentId } = parse(AttachmentParamsSchema, req.params);
    const { attachment, file } = await attachmentToDownload(deps, currentUser(req), id, attachmentId);
    sendAttachment(res, file, attachment);
  });

  router.delete("/:id/attachments/:attachmentId", async (req, res) => {
    const { id, attachmentId } = parse(AttachmentParamsSchema, req.params);
    await removeAttachment(deps, currentUser(req), id, attachmentId);
    res.status(204).end();
  });

  return router;
}
