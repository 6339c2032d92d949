import { z } from "zod";
import { SignupRequestSchema } from "../../../../shared";
import { validate } from "../../lib/form-errors";
import { wholeNumber } from "../companies";

export interface SignupValues {
  companyName: string;
  contactName: string;
  email: string;
  password: string;
  passwordConfirm: string;
  /** Chosen by the person signing up; empty until they do (nothing is assumed). */
  customerType: string;
  sector: string;
  employees: string;
  capitalYen: string;
  corporateNumber: string;
  acceptTerms: boolean;
}

/** The sign-up form: the API's schema plus the confirmation the form adds. */
const SignupFormSchema = SignupRequestSchema.extend({ passwordConfirm: z.string() }).refine((v) => v.password === v.passwordConfirm, {
  message: "mismatch",
  path: ["passwordConfirm"],
});

/**
 * Validates the form and builds the request. `termsVersion` is the version in force (null when none is
 * published): once there is one, the box must be ticked and the request says which version was accepted.
 */
export function validateSignup(values: SignupValues, locale: "ja" | "en", termsVersion: number | null = null) {
  const { acceptTerms, ...fields } = values;
  const result = validate(SignupFormSchema, {
    ...fields,
    customerType: fields.customerType || undefined,
    sector: fields.sector || null,
    employees: wholeNumber(fields.employees),
    capitalYen: wholeNumber(fields.capitalYen),
    corporateNumber: fields.corporateNumber.trim() || null,
    acceptedTermsVersion: termsVersion !== null && acceptTerms ? termsVersion : undefined,
    locale,
  });
  const termsMissing = termsVersion !== null && !acceptTerms;
  if (!result.ok || termsMissing) {
    const errors = result.ok ? {} : result.errors;
    // An empty confirmation is flagged even while other fields fail (the mismatch refinement only runs once they pass).
    if (values.passwordConfirm === "") errors.passwordConfirm = { key: "required" };
    else if (values.password !== values.passwordConfirm) errors.passwordConfirm = { key: "passwordMismatch" };
    if (!fields.customerType) errors.customerType = { key: "required" };
    if (termsMissing) errors.acceptTerms = { key: "required" };
    return { ok: false as const, errors };
  }
  const { passwordConfirm: _confirm, ...request } = result.data;
  return { ok: true as const, data: request };
}
