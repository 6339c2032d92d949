import { z } from "zod";
import { LIMITS } from "../limits";
import { ROLES, CUSTOMER_TYPES } from "../enums";
import { LocaleSchema } from "./common";

export const EmailSchema = z
  .string()
  .trim()
  .max(LIMITS.emailMaxLength)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});
export type LoginRequest = z.input<typeof LoginRequestSchema>;

export const PasswordSchema = z.string().min(LIMITS.passwordMinLength).max(LIMITS.passwordMaxLength);

export const SignupRequestSchema = z.object({
  companyName: z.string().trim().min(1).max(LIMITS.nameMaxLength),
  customerType: z.enum(CUSTOMER_TYPES).default("sme"),
  contactName: z.string().trim().min(1).max(LIMITS.nameMaxLength),
  email: EmailSchema,
  password: PasswordSchema,
  locale: LocaleSchema.default("ja"),
});
export type SignupRequest = z.input<typeof SignupRequestSchema>;

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  locale: LocaleSchema,
  companyId: z.number().int().nullable(),
  company: z.object({ id: z.number().int(), name: z.string(), customerType: z.enum(CUSTOMER_TYPES) }).nullable(),
  institutionId: z.number().int().nullable(),
  staffMemberId: z.number().int().nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const SessionResponseSchema = z.object({ user: UserSchema, token: z.string(), csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const MeResponseSchema = z.object({ user: UserSchema, csrfToken: z.string().nullable() });
