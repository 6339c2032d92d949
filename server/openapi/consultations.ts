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
}
