import { z } from "zod";
import * as C from "../../shared/schemas/consultations";
import { IdParamsSchema } from "../../shared/schemas/common";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
}

/** The consultation desk: a company's need, routed to institutions, answered by their staff. */
export function registerConsultationOperations(op: Op, { named, json }: Helpers): void {
  const idParams = { params: IdParamsSchema };
  const Consultation = z.object({ consultation: named("Consultation", C.ConsultationSchema) });
  op("post", "/api/consultations", "A company member describes a need (company members only, 403 for others); it is `received` and waits for the coordinator. instrumentId/capabilityId name the instrument page or directory entry it was sent from", true, { status: 201, schema: Consultation }, { body: json(named("CreateConsultationRequest", C.CreateConsultationRequestSchema)) });
  op("get", "/api/consultations", "Consultations the caller may see, most recently changed first: a company its own, staff and admins those routed to their institution, the coordinator all; status= or state=open|closed filter", true, { status: 200, schema: named("ConsultationList", C.ConsultationListResponseSchema) }, { query: C.ConsultationListQuerySchema });
  op("get", "/api/consultations/{id}", "A consultation with its routing, thread, meetings, advice time (not shown to the company) and the timeline of its states: the company's members, the coordinator, staff and admins of a routed institution (404 for everyone else)", true, { status: 200, schema: Consultation }, idParams);
  const action = (path: string, summary: string, status: number, body?: z.ZodType, name?: string) =>
    op("post", `/api/consultations/{id}/${path}`, summary, true, { status, schema: Consultation }, body ? { ...idParams, body: json(name ? named(name, body) : body) } : idParams);
  action("route", "The coordinator sends the request to these institutions (replacing those it was with; 403 for others). More than one institution, or another than before, needs the company's shareWithOtherInstitutions consent (422 consent_required); a closed request 422 invalid_transition", 200, C.RouteConsultationRequestSchema, "RouteConsultationRequest");
  action("assign", "An admin of a routed institution (its own staff) or the coordinator assigns a staff member; a staff member of an institution it is not routed to: 422 staff_not_routed", 200, C.AssignConsultationRequestSchema, "AssignConsultationRequest");
  action("messages", "A message in the thread: the company's members, the assigned staff, admins of a routed institution, the coordinator (403 for other staff). The first reply from the institution's side makes the request `answered`", 201, C.ConsultationMessageRequestSchema, "ConsultationMessageRequest");
  action("advice-time", "The assigned staff member logs minutes of advice on a date (403 for others); counted as technical support in reports", 201, C.AdviceTimeRequestSchema, "AdviceTimeRequest");
  action("close", "Close with a reason and an optional outcome summary (shared with the company if outcomeShared): the assigned staff, an admin of a routed institution, the coordinator, or the company (always `withdrawn`)", 200, C.CloseConsultationRequestSchema, "CloseConsultationRequest");
  action("reopen", "The company reopens its closed request (403 for others; 422 invalid_transition when it is not closed); it goes back to where it was", 200);
  const Meeting = named("ConsultationMeetingResponse", C.ConsultationMeetingResponseSchema);
  const meetingParams = { params: z.object({ id: IdParamsSchema.shape.id, meetingId: IdParamsSchema.shape.id }) };
  op("post", "/api/consultations/{id}/meetings", "The assigned staff member proposes a call or visit on their own calendar while the request is open (403 for other staff and admins of a routed institution, the company and the coordinator; 404 for everyone who cannot see the request). Answers the meeting and the request page. 422: in_past, outside_working_hours (their weekly hours in the institution's zone, closed days excluded), invalid_transition (closed). 409, checked under the staff member's booking lock: meeting_overlaps_assignment, meeting_overlaps_time_off, meeting_overlaps_meeting. While proposed, bookings cannot commit them then (409 staff_unavailable) and availability shows them busy. The company's members are notified", true, { status: 201, schema: Meeting }, { ...idParams, body: json(named("ConsultationMeetingRequest", C.ConsultationMeetingRequestSchema)) });
  op("post", "/api/consultations/{id}/meetings/{meetingId}/cancel", "The staff member whose calendar it is on, or an admin of their institution, cancels a proposed meeting that is not over (403 for others who see the request, 404 for the rest or an unknown meeting; 422 invalid_transition when cancelled or over); the time is free again. The company's members and the staff member are notified", true, { status: 200, schema: Meeting }, meetingParams);
}
