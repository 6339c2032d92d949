import { z } from "zod";
import { text } from "./text";
import { EmailSchema, PasswordSchema } from "./auth";
import { IdSchema, LocaleSchema } from "./common";
import { COMPANY_ROLES, INVITATION_ROLES, INVITATION_STATES } from "../enums";
import { LIMITS } from "../limits";

/** Inviting an institution's admin or staff member; the e-mail goes out in `locale` (default: the inviter's). */
export const CreateInstitutionInvitationRequestSchema = z.object({
  email: EmailSchema,
  role: z.enum(["admin", "staff"]),
  locale: LocaleSchema.optional(),
});
export type CreateInstitutionInvitationRequest = z.input<typeof CreateInstitutionInvitationRequestSchema>;

/** Inviting a colleague into a company, as a member or another company admin. */
export const CreateCompanyInvitationRequestSchema = z.object({
  email: EmailSchema,
  role: z.enum(COMPANY_ROLES),
  locale: LocaleSchema.optional(),
});
export type CreateCompanyInvitationRequest = z.input<typeof CreateCompanyInvitationRequestSchema>;

/** The link is shown to the inviter this once (only its hash is stored). */
export const InvitationCreatedResponseSchema = z.object({
  invitation: z.object({ id: z.number().int(), url: text(), expiresAt: text() }),
});
export type InvitationCreatedResponse = z.infer<typeof InvitationCreatedResponseSchema>;

export const InvitationSchema = z.object({
  id: z.number().int(),
  email: text(),
  role: z.enum(INVITATION_ROLES),
  state: z.enum(INVITATION_STATES),
  invitedBy: text().nullable(),
  createdAt: text(),
  expiresAt: text(),
  acceptedAt: text().nullable(),
  revokedAt: text().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationListResponseSchema = z.object({ items: z.array(InvitationSchema) });
export type InvitationListResponse = z.infer<typeof InvitationListResponseSchema>;

export const InvitationTokenParamsSchema = z.object({ token: text().regex(/^[A-Za-z0-9_-]{20,100}$/, "Not an invitation link") });

/** What a link invites to, shown before accepting (no sign-in needed: the link is the secret). */
export const InvitationPreviewSchema = z.object({
  email: text(),
  role: z.enum(INVITATION_ROLES),
  state: z.enum(INVITATION_STATES),
  expiresAt: text(),
  invitedBy: text().nullable(),
  institution: z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text() }).nullable(),
  company: z.object({ id: z.number().int(), name: text() }).nullable(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export const InvitationPreviewResponseSchema = z.object({ invitation: InvitationPreviewSchema });

/** Accepting: the new account's name, password (the sign-up rules) and language. */
export const AcceptInvitationRequestSchema = z.object({
  displayName: text().trim().min(1).max(LIMITS.nameMaxLength),
  password: PasswordSchema,
  locale: LocaleSchema.default("ja"),
});
export type AcceptInvitationRequest = z.input<typeof AcceptInvitationRequestSchema>;

export const CompanyMemberSchema = z.object({
  id: z.number().int(),
  displayName: text(),
  email: text(),
  companyRole: z.enum(COMPANY_ROLES),
  lastLoginAt: text().nullable(),
});
export type CompanyMember = z.infer<typeof CompanyMemberSchema>;
export const CompanyMemberListResponseSchema = z.object({ items: z.array(CompanyMemberSchema) });
export type CompanyMemberListResponse = z.infer<typeof CompanyMemberListResponseSchema>;
export const CompanyMemberResponseSchema = z.object({ member: CompanyMemberSchema });

export const CompanyMemberParamsSchema = z.object({ id: IdSchema, userId: IdSchema });
export const UpdateCompanyMemberRequestSchema = z.object({ role: z.enum(COMPANY_ROLES) });
export type UpdateCompanyMemberRequest = z.input<typeof UpdateCompanyMemberRequestSchema>;
