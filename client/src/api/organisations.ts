import {
  CompanyMemberListResponseSchema,
  CompanyMemberResponseSchema,
  InstitutionResponseSchema,
  InvitationCreatedResponseSchema,
  InvitationListResponseSchema,
  InvitationPreviewResponseSchema,
  SessionResponseSchema,
  type AcceptInvitationRequest,
  type CompanyRole,
  type CreateInstitutionRequest,
  type UpdateInstitutionRequest,
} from "../../../shared";
import { request, setCsrfToken } from "./http";

/** Who an invitation is to: an institution's or a company's people. */
export type InvitationOwner = { kind: "institutions" | "companies"; id: number };

/** Institutions, invitations and company members. */
export const organisationsApi = {
  institution: (id: number) => request(`/institutions/${id}`, InstitutionResponseSchema).then((r) => r.institution),
  createInstitution: (body: CreateInstitutionRequest) => request("/institutions", InstitutionResponseSchema, { method: "POST", body }).then((r) => r.institution),
  updateInstitution: (id: number, body: UpdateInstitutionRequest) =>
    request(`/institutions/${id}`, InstitutionResponseSchema, { method: "PATCH", body }).then((r) => r.institution),

  invitations: (owner: InvitationOwner) => request(`/${owner.kind}/${owner.id}/invitations`, InvitationListResponseSchema).then((r) => r.items),
  invite: (owner: InvitationOwner, body: { email: string; role: string; locale?: "ja" | "en" }) =>
    request(`/${owner.kind}/${owner.id}/invitations`, InvitationCreatedResponseSchema, { method: "POST", body }).then((r) => r.invitation),
  revokeInvitation: (id: number) => request(`/invitations/${id}`, null, { method: "DELETE" }),
  invitation: (token: string) => request(`/invitations/${token}`, InvitationPreviewResponseSchema).then((r) => r.invitation),
  acceptInvitation: async (token: string, body: AcceptInvitationRequest) => {
    const session = await request(`/invitations/${token}/accept`, SessionResponseSchema, { method: "POST", body });
    setCsrfToken(session.csrfToken);
    return session.user;
  },

  members: (companyId: number) => request(`/companies/${companyId}/members`, CompanyMemberListResponseSchema).then((r) => r.items),
  setMemberRole: (companyId: number, userId: number, role: CompanyRole) =>
    request(`/companies/${companyId}/members/${userId}`, CompanyMemberResponseSchema, { method: "PATCH", body: { role } }).then((r) => r.member),
  removeMember: (companyId: number, userId: number) => request(`/companies/${companyId}/members/${userId}`, null, { method: "DELETE" }),
};
