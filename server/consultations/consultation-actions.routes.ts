import { Router, type Request } from "express";
import type { EntityManager } from "typeorm";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  AdviceTimeRequestSchema,
  AssignConsultationRequestSchema,
  CloseConsultationRequestSchema,
  ConsultationMessageRequestSchema,
  RouteConsultationRequestSchema,
} from "../../shared/schemas/consultations";
import { currentActor } from "../accounts";
import type { Actor } from "../platform/actor";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { loadAccess } from "./consultation-access";
import { consultationView } from "./consultation-view";
import { assignConsultation, routeConsultation } from "./routing.service";
import { closeConsultation, logAdviceTime, postMessage, reopenConsultation } from "./thread.service";

type Step = (em: EntityManager, actor: Actor, id: number, now: Date) => Promise<unknown>;

/** Routing, assignment, the thread, advice time, close and reopen: each answers the request page as it now is. */
export function consultationActionRoutes(ctx: AppContext): Router {
  const router = Router();

  const act = (status: number, body: (req: Request) => Step) => async (req: Request, res: import("express").Response) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const step = body(req);
    const consultation = await ctx.db.write(async (em) => {
      await step(em, actor, id, new Date(ctx.clock.now()));
      return consultationView(em, actor, await loadAccess(em, actor, id));
    });
    res.status(status).json({ consultation });
  };

  router.post("/:id/route", act(200, (req) => {
    const { institutionIds } = parse(RouteConsultationRequestSchema, req.body);
    return (em, actor, id, now) => routeConsultation(em, actor, id, institutionIds, now);
  }));
  router.post("/:id/assign", act(200, (req) => {
    const { staffMemberId } = parse(AssignConsultationRequestSchema, req.body);
    return (em, actor, id, now) => assignConsultation(em, actor, id, staffMemberId, now);
  }));
  router.post("/:id/messages", act(201, (req) => {
    const { body } = parse(ConsultationMessageRequestSchema, req.body);
    return (em, actor, id) => postMessage(em, actor, id, body);
  }));
  router.post("/:id/advice-time", act(201, (req) => {
    const input = parse(AdviceTimeRequestSchema, req.body);
    return (em, actor, id) => logAdviceTime(em, actor, id, input);
  }));
  router.post("/:id/close", act(200, (req) => {
    const input = parse(CloseConsultationRequestSchema, req.body);
    return (em, actor, id, now) => closeConsultation(em, actor, id, input, now);
  }));
  router.post("/:id/reopen", act(200, () => (em, actor, id) => reopenConsultation(em, actor, id)));

  return router;
}
