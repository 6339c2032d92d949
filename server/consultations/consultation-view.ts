import type { EntityManager } from "typeorm";
import type { Consultation as ConsultationDto } from "../../shared/schemas/consultations";
import type { Actor } from "../platform/actor";
import { ConsultationAdviceTime, ConsultationAttachment, ConsultationMeeting, ConsultationMessage } from "../platform/db/entities";
import { presentConsultationAttachment } from "./consultation-attachments.presenter";
import { canRemoveAttachment } from "./consultation-attachments.service";
import { loadNames } from "./consultation-names";
import { canOnConsultation, isCompanySide, type ConsultationAccess } from "./consultation.policy";
import { presentConsultation, type ConsultationRows } from "./consultation.presenter";
import { institutionsOf, timelineEvents } from "./consultation-timeline";
import { canOnMeeting, isCancellable } from "./meetings.policy";

const byConsultation = (consultationId: number) => ({ where: { consultationId }, order: { id: "ASC" as const } });

/** Everything the request page shows, read for one consultation the actor may see (`now` decides which meetings are over). */
export async function consultationView(em: EntityManager, actor: Actor, access: ConsultationAccess, now = new Date()): Promise<ConsultationDto> {
  const { consultation, routes } = access;
  const [messages, attachments, adviceTime, meetings, events] = await Promise.all([
    em.getRepository(ConsultationMessage).find(byConsultation(consultation.id)),
    em.getRepository(ConsultationAttachment).find(byConsultation(consultation.id)),
    em.getRepository(ConsultationAdviceTime).find(byConsultation(consultation.id)),
    em.getRepository(ConsultationMeeting).find(byConsultation(consultation.id)),
    timelineEvents(em, consultation.id),
  ]);
  const names = await loadNames(em, {
    companyIds: [consultation.companyId],
    institutionIds: [...routes.map((r) => r.institutionId), ...events.flatMap(institutionsOf)],
    instrumentIds: [consultation.instrumentId],
    staffMemberIds: [...routes.map((r) => r.assignedStaffMemberId), ...adviceTime.map((a) => a.staffMemberId), ...meetings.map((m) => m.staffMemberId)],
    userIds: [consultation.createdById, ...messages.map((m) => m.authorUserId), ...attachments.map((a) => a.uploadedByUserId)],
  });
  const mayCancel = (m: ConsultationMeeting) => isCancellable(m, now) && canOnMeeting(actor, "cancel", m);
  const files = attachments.map((a) => presentConsultationAttachment(a, names.users.get(a.uploadedByUserId), canRemoveAttachment(actor, access, a)));
  const rows: ConsultationRows = { consultation, routes, messages, attachments: files, adviceTime, meetings, events, names, mayCancel };
  return presentConsultation(rows, permissions(actor, access), isCompanySide(actor, consultation));
}

function permissions(actor: Actor, access: ConsultationAccess): ConsultationDto["can"] {
  const open = access.consultation.status !== "closed";
  const can = (action: Parameters<typeof canOnConsultation>[1]) => canOnConsultation(actor, action, access);
  return {
    route: open && can("route"),
    assign: open && access.routes.length > 0 && can("assign"),
    message: open && can("message"),
    logAdviceTime: can("advise"),
    proposeMeeting: open && can("advise"),
    close: open && can("close"),
    reopen: !open && can("reopen"),
  };
}
