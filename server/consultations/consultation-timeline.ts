import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { ConsultationTimelineEntrySchema } from "../../shared/schemas/consultations";
import { AuditEvent } from "../platform/db/entities";
import { namedOrUnknown, type Names } from "./consultation-names";

type TimelineEntry = z.infer<typeof ConsultationTimelineEntrySchema>;
type Step = TimelineEntry["step"];

const STEP_OF_ACTION: Record<string, Step> = {
  "consultation.received": "received",
  "consultation.routed": "routed",
  "consultation.assigned": "assigned",
  "consultation.closed": "closed",
  "consultation.reopened": "reopened",
};

const STEPS = new Set<string>(["received", "routed", "assigned", "answered", "quoted", "accepted", "declined", "expired", "closed", "reopened"]);

/** The audit events of a consultation's state changes, oldest first. */
export function timelineEvents(em: EntityManager, consultationId: number): Promise<AuditEvent[]> {
  return em
    .getRepository(AuditEvent)
    .createQueryBuilder("e")
    .where("e.entityType = 'consultation' AND e.entityId = :consultationId", { consultationId })
    .andWhere("e.action <> 'consultation.message_posted' AND e.action <> 'consultation.advice_logged'")
    .orderBy("e.id", "ASC")
    .getMany();
}

/** The institutions an event names (`details.institutionIds` of a routing, `details.institutionId` of an assignment). */
export function institutionsOf(event: AuditEvent): number[] {
  const details = event.details ?? {};
  if (Array.isArray(details.institutionIds)) return details.institutionIds.filter((id): id is number => typeof id === "number");
  return typeof details.institutionId === "number" ? [details.institutionId] : [];
}

/** Each state change as the company sees it: "received", "with <institution>", "answered"… */
export function presentTimeline(events: AuditEvent[], names: Names): TimelineEntry[] {
  return events.flatMap((event): TimelineEntry[] => {
    if (event.details?.quiet === true) return [];
    const to = event.details?.to;
    const step = STEP_OF_ACTION[event.action] ?? (typeof to === "string" && STEPS.has(to) ? (to as Step) : undefined);
    if (!step) return [];
    const at = event.createdAt.toISOString();
    const institutions = institutionsOf(event);
    if (institutions.length === 0) return [{ step, at, institution: null }];
    return institutions.map((id) => ({ step, at, institution: namedOrUnknown(names.institutions, id) }));
  });
}
