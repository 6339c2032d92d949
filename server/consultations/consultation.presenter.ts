import type { ConsultationAttachment } from "../../shared/schemas/consultation-files";
import type { Consultation as ConsultationDto, ConsultationSummary } from "../../shared/schemas/consultations";
import type {
  AuditEvent, Consultation, ConsultationAdviceTime, ConsultationMeeting, ConsultationMessage, ConsultationRoute, User,
} from "../platform/db/entities";
import { namedOrUnknown, type Names } from "./consultation-names";
import { presentTimeline } from "./consultation-timeline";

export interface ConsultationRows {
  consultation: Consultation;
  routes: ConsultationRoute[];
  messages: ConsultationMessage[];
  /** The files, as presented to the reader. */
  attachments: ConsultationAttachment[];
  adviceTime: ConsultationAdviceTime[];
  meetings: ConsultationMeeting[];
  /** Whether the reader may cancel a meeting now. */
  mayCancel: (meeting: ConsultationMeeting) => boolean;
  events: AuditEvent[];
  names: Names;
}

function staffRef(names: Names, staffMemberId: number) {
  return { staffMemberId, name: names.staff.get(staffMemberId)?.name ?? "—" };
}

export function presentConsultationSummary(consultation: Consultation, routes: ConsultationRoute[], names: Names): ConsultationSummary {
  return {
    id: consultation.id,
    status: consultation.status,
    summary: consultation.summary,
    company: namedOrUnknown(names.companies, consultation.companyId),
    institutions: routes.map((route) => namedOrUnknown(names.institutions, route.institutionId)),
    assignedStaff: routes.flatMap((route) => (route.assignedStaffMemberId === null ? [] : [staffRef(names, route.assignedStaffMemberId)])),
    desiredBy: consultation.desiredBy,
    createdAt: consultation.createdAt.toISOString(),
    updatedAt: consultation.updatedAt.toISOString(),
  };
}

function side(author: User | undefined, consultation: Consultation): "company" | "institution" | "coordinator" {
  if (author?.role === "coordinator") return "coordinator";
  return author?.companyId === consultation.companyId && author.role === "company_member" ? "company" : "institution";
}

function presentMessages({ consultation, messages, attachments, names }: ConsultationRows): ConsultationDto["messages"] {
  return messages.map((message) => {
    const author = names.users.get(message.authorUserId);
    return {
      id: message.id,
      author: { userId: message.authorUserId, name: author?.displayName ?? "—", side: side(author, consultation) },
      body: message.body,
      attachments: attachments.filter((a) => a.messageId === message.id),
      createdAt: message.createdAt.toISOString(),
    };
  });
}

/** The request page; the company does not see staff's advice-time log, nor an outcome summary not shared with it. */
export function presentConsultation(rows: ConsultationRows, can: ConsultationDto["can"], companySide: boolean): ConsultationDto {
  const { consultation: c, routes, names } = rows;
  return {
    ...presentConsultationSummary(c, routes, names),
    details: c.details,
    material: c.material,
    wantToKnow: c.wantToKnow,
    sampleCount: c.sampleCount,
    sampleForm: c.sampleForm,
    shareWithOtherInstitutions: c.shareWithOtherInstitutions,
    preferredLanguage: c.preferredLanguage,
    contact: { name: c.contactName, email: c.contactEmail, phone: c.contactPhone },
    instrument: c.instrumentId === null ? null : namedOrUnknown(names.instruments, c.instrumentId),
    capabilityId: c.capabilityId,
    createdBy: { userId: c.createdById, name: names.users.get(c.createdById)?.displayName ?? "—" },
    closedReason: c.closedReason,
    outcomeSummary: companySide && !c.outcomeShared ? null : c.outcomeSummary,
    outcomeShared: c.outcomeShared,
    routes: routes.map((route) => ({
      institution: namedOrUnknown(names.institutions, route.institutionId),
      routedAt: route.routedAt.toISOString(),
      assignedStaff: route.assignedStaffMemberId === null ? null : staffRef(names, route.assignedStaffMemberId),
      assignedAt: route.assignedAt?.toISOString() ?? null,
    })),
    messages: presentMessages(rows),
    attachments: rows.attachments.filter((a) => a.messageId === null),
    adviceTime: companySide
      ? []
      : rows.adviceTime.map((a) => ({ id: a.id, staff: staffRef(names, a.staffMemberId), institutionId: a.institutionId, minutes: a.minutes, date: a.date, note: a.note })),
    meetings: rows.meetings.map((m) => ({
      id: m.id, kind: m.kind, staff: staffRef(names, m.staffMemberId), institutionId: m.institutionId, start: m.startsAt.toISOString(), end: m.endsAt.toISOString(), note: m.note, status: m.status,
      canCancel: rows.mayCancel(m),
    })),
    timeline: presentTimeline(rows.events, names),
    can,
  };
}
