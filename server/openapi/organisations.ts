import { z } from "zod";
import * as S from "../../shared";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
  Institution: z.ZodType;
  Session: z.ZodType;
}

/** Setting up the programme: institutions, invitations, company members. */
export function registerOrganisationOperations(op: Op, { named, json, Institution, Session }: Helpers): void {
  const idParams = { params: S.IdParamsSchema };
  const InstitutionEnvelope = z.object({ institution: Institution });
  op("post", "/api/institutions", "Add an institution (the coordinator); 400 names the field, e.g. an invoice registration number whose check digit fails", true, { status: 201, schema: InstitutionEnvelope }, { body: json(named("CreateInstitutionRequest", S.CreateInstitutionRequestSchema)) });
  op("get", "/api/institutions/{id}", "One institution", false, { status: 200, schema: InstitutionEnvelope }, idParams);
  op("patch", "/api/institutions/{id}", "Edit an institution: every field by the coordinator; contact e-mail, phone and address by its own admins (403 for other fields and everyone else)", true, { status: 200, schema: InstitutionEnvelope }, { ...idParams, body: json(named("UpdateInstitutionRequest", S.UpdateInstitutionRequestSchema)) });

  const Created = named("InvitationCreated", S.InvitationCreatedResponseSchema);
  const List = z.object({ items: z.array(named("Invitation", S.InvitationSchema)) });
  op("post", "/api/institutions/{id}/invitations", "Invite an admin or staff member (the coordinator, the institution's admins); e-mailed, and the one-time link is returned once. 409 email_taken when the address has an account", true, { status: 201, schema: Created }, { ...idParams, body: json(named("CreateInstitutionInvitationRequest", S.CreateInstitutionInvitationRequestSchema)) });
  op("get", "/api/institutions/{id}/invitations", "The institution's invitations: pending, accepted, expired, revoked", true, { status: 200, schema: List }, idParams);
  op("post", "/api/companies/{id}/invitations", "Invite a colleague as member or admin (the company's admins, the coordinator); e-mailed, the link returned once", true, { status: 201, schema: Created }, { ...idParams, body: json(named("CreateCompanyInvitationRequest", S.CreateCompanyInvitationRequestSchema)) });
  op("get", "/api/companies/{id}/invitations", "The company's invitations: pending, accepted, expired, revoked", true, { status: 200, schema: List }, idParams);
  op("delete", "/api/invitations/{id}", "Revoke a pending invitation (whoever may invite there); 409 once accepted, expired or revoked", true, { status: 204 }, idParams);
  op("get", "/api/invitations/{token}", "What an invitation link is for, by whom, and its state (no sign-in: the link is the secret); 404 for an unknown link", false, { status: 200, schema: named("InvitationPreviewResponse", S.InvitationPreviewResponseSchema) }, { params: S.InvitationTokenParamsSchema });
  op("post", "/api/invitations/{token}/accept", "Accept: creates the account (sign-up password rules), signs in, uses the link up. 409 invitation_used / invitation_expired / invitation_revoked / email_taken", false, { status: 201, schema: Session }, { params: S.InvitationTokenParamsSchema, body: json(named("AcceptInvitationRequest", S.AcceptInvitationRequestSchema)) });

  const Member = named("CompanyMember", S.CompanyMemberSchema);
  const memberParams = { params: S.CompanyMemberParamsSchema };
  op("get", "/api/companies/{id}/members", "The company's active members (its admins, the coordinator; 404 for other companies, 403 for plain members)", true, { status: 200, schema: z.object({ items: z.array(Member) }) }, idParams);
  op("patch", "/api/companies/{id}/members/{userId}", "Make a member admin or member; 409 last_company_admin if it would leave the company without an admin", true, { status: 200, schema: z.object({ member: Member }) }, { ...memberParams, body: json(named("UpdateCompanyMemberRequest", S.UpdateCompanyMemberRequestSchema)) });
  op("delete", "/api/companies/{id}/members/{userId}", "Remove a member: the account is deactivated and signed out everywhere; 409 last_company_admin", true, { status: 204 }, memberParams);
}
