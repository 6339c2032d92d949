import { Router } from "express";
import { AuditListQuerySchema } from "../../shared/schemas/audit";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { presentAuditEvent } from "./audit.presenter";
import { listAuditEvents } from "./audit-query.service";

export function auditRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(AuditListQuerySchema, req.query);
    const page = await listAuditEvents(ctx.db.manager, user, query);
    res.json({ items: page.items.map((e) => presentAuditEvent(e, e.actorUserId === null ? undefined : page.actors.get(e.actorUserId))), total: page.total, page: query.page, pageSize: query.pageSize });
  });

  return router;
}
