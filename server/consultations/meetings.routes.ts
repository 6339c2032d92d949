import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { IdSchema } from "../../shared/schemas/common";
import { ConsultationMeetingRequestSchema } from "../../shared/schemas/consultations";
import { currentActor } from "../accounts";
import type { Actor } from "../platform/actor";
import type { ConsultationMeeting } from "../platform/db/entities";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import type { EntityManager } from "typeorm";
import { loadAccess } from "./consultation-access";
import { consultationView } from "./consultation-view";
import { cancelMeeting, proposeMeeting } from "./meetings.service";

const MeetingParamsSchema = z.object({ id: IdSchema, meetingId: IdSchema });

type Step = (em: EntityManager, actor: Actor, now: Date) => Promise<ConsultationMeeting>;

/** Calls and visits on a consultation (`/api/consultations/:id/meetings`): each answers the meeting and the request page. */
export function consultationMeetingRoutes(ctx: AppContext): Router {
  const router = Router();

  const act = async (req: Request, res: Response, status: number, id: number, step: Step) => {
    const actor = currentActor(req);
    const now = new Date(ctx.clock.now());
    const { meetingId, consultation } = await ctx.db.write(async (em) => {
      const meeting = await step(em, actor, now);
      return { meetingId: meeting.id, consultation: await consultationView(em, actor, await loadAccess(em, actor, id), now) };
    });
    res.status(status).json({ meeting: consultation.meetings.find((m) => m.id === meetingId), consultation });
  };

  router.post("/:id/meetings", async (req, res) => {
    const { id } = parse(MeetingParamsSchema.pick({ id: true }), req.params);
    const input = parse(ConsultationMeetingRequestSchema, req.body);
    await act(req, res, 201, id, (em, actor, now) => proposeMeeting(em, actor, id, input, now));
  });

  router.post("/:id/meetings/:meetingId/cancel", async (req, res) => {
    const { id, meetingId } = parse(MeetingParamsSchema, req.params);
    await act(req, res, 200, id, (em, actor, now) => cancelMeeting(em, actor, id, meetingId, now));
  });

  return router;
}
