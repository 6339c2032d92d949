import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { RecordSessionRequestSchema } from "../../shared/schemas/staff";
import { Reservation, type User } from "../platform/db/entities";
import { RuleViolation, ValidationError } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { chargeRecordedSession } from "../billing";
import { authorizedReservation, loadReservation } from "./reservation.service";

type RecordInput = z.output<typeof RecordSessionRequestSchema>;

/** What a record says, as the audit trail keeps it before and after a correction. */
interface SessionState {
  status: string;
  actualStart: string | null;
  actualEnd: string | null;
  staffMinutes: number | null;
  note: string | null;
}

function sessionState(r: Reservation): SessionState {
  return {
    status: r.status,
    actualStart: r.actualStartAt?.toISOString() ?? null,
    actualEnd: r.actualEndAt?.toISOString() ?? null,
    staffMinutes: r.staffMinutes,
    note: r.sessionNote,
  };
}

const RECORDABLE = ["confirmed", "completed", "no_show"];

/**
 * Records how a session went once it has started: completed (actual start/end, default the booked times) or
 * no-show. Staff minutes default to the actual duration when staff assisted, else 0. A record may be corrected;
 * the correction is audited with the record before and after.
 */
export async function recordSession(em: EntityManager, user: User, id: number, input: RecordInput, now: number): Promise<Reservation> {
  const reservation = await authorizedReservation(em, user, id, "record");
  if (!RECORDABLE.includes(reservation.status)) {
    throw new RuleViolation(`A ${reservation.status} reservation cannot be recorded`, { reason: "invalid_transition" });
  }
  if (reservation.startsAt.getTime() > now) {
    throw new RuleViolation("The session has not started yet", { reason: "session_not_started" });
  }
  const completed = input.outcome === "completed";
  const actualStart = completed ? (input.actualStart ? Date.parse(input.actualStart) : reservation.startsAt.getTime()) : null;
  const actualEnd = completed ? (input.actualEnd ? Date.parse(input.actualEnd) : reservation.endsAt.getTime()) : null;
  if (actualStart !== null && actualEnd !== null && actualEnd <= actualStart) throw new ValidationError("actualEnd must be after actualStart");
  if (actualEnd !== null && actualEnd > now) throw new ValidationError("actualEnd cannot be in the future");
  const assisted = reservation.assistanceType !== "none";
  const staffMinutes = input.staffMinutes ?? (assisted && actualStart !== null && actualEnd !== null ? Math.round((actualEnd - actualStart) / 60_000) : 0);
  const after: SessionState = {
    status: input.outcome,
    actualStart: actualStart === null ? null : new Date(actualStart).toISOString(),
    actualEnd: actualEnd === null ? null : new Date(actualEnd).toISOString(),
    staffMinutes,
    note: input.note ?? null,
  };
  await em.getRepository(Reservation).update(id, {
    status: input.outcome,
    actualStartAt: actualStart === null ? null : new Date(actualStart),
    actualEndAt: actualEnd === null ? null : new Date(actualEnd),
    staffMinutes,
    sessionNote: input.note ?? null,
    recordedById: user.id,
    recordedAt: new Date(now),
    revision: reservation.revision + 1,
  });
  const correcting = reservation.status !== "confirmed";
  await recordAudit(em, {
    actorUserId: user.id,
    action: correcting ? "reservation.session_corrected" : `reservation.${input.outcome}`,
    entityType: "reservation",
    entityId: id,
    institutionId: reservation.institutionId,
    companyId: reservation.companyId,
    reason: input.note ?? null,
    details: {
      outcome: input.outcome,
      staffMinutes,
      previousStatus: reservation.status,
      ...(correcting ? { before: sessionState(reservation), after } : {}),
    },
  });
  const recorded = await loadReservation(em, id);
  await chargeRecordedSession(em, recorded, user.id);
  return recorded;
}
