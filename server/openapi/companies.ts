import { z } from "zod";
import * as S from "../../shared";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
}

/** Companies (profile, verified customer type) and the terms of use. */
export function registerCompanyOperations(op: Op, { named, json }: Helpers): void {
  const idParams = { params: S.IdParamsSchema };
  const Company = named("Company", S.CompanySchema);
  const Terms = named("Terms", S.TermsResponseSchema);
  op("get", "/api/companies", "Companies to verify: the coordinator all, an institution admin those that booked at the institution (403 for others); oldest first; verification=unverified for the queue", true, { status: 200, schema: z.object({ items: z.array(named("CompanySummary", S.CompanySummarySchema)) }) }, { query: S.CompanyListQuerySchema });
  op("get", "/api/companies/{id}", "A company's profile, members, SME facts and verification: its members, the coordinator, staff and admins of an institution it booked at (404 for others)", true, { status: 200, schema: z.object({ company: Company }) }, idParams);
  op("patch", "/api/companies/{id}", "Change a company. Profile fields: the company admin (403 for a plain member). customerType and verification:\"verified\": the coordinator or an admin of an institution it booked at; verifying re-prices its reservations that have not started. Audited with before and after", true, { status: 200, schema: z.object({ company: Company }) }, { ...idParams, body: json(named("UpdateCompanyRequest", S.UpdateCompanyRequestSchema)) });
  op("get", "/api/terms", "The terms of use in force (404 before the first version) and the caller's newest accepted version", false, { status: 200, schema: Terms });
  op("post", "/api/terms", "Publish a new version of the terms of use (coordinator); everyone who books must accept it again", true, { status: 201, schema: Terms }, { body: json(named("PublishTermsRequest", S.PublishTermsRequestSchema)) });
  op("post", "/api/terms/accept", "Accept the terms in force (409 terms_outdated for another version); needed before booking (422 terms_not_accepted)", true, { status: 200, schema: named("TermsAccepted", S.TermsAcceptedResponseSchema) }, { body: json(S.AcceptTermsRequestSchema) });
}
