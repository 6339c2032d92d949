import { z } from "zod";
import { SignupRequestSchema } from "../../../../shared";
import { validate } from "../../lib/form-errors";

export interface SignupValues {
  companyName: string;
  contactName: string;
  email: string;
  password: string;
  passwordConfirm: string;
}

/** The sign-up form: the API's schema plus the confirmation the form adds. */
const SignupFormSchema = SignupRequestSchema.extend({ passwordConfirm: z.string() }).refine((v) => v.password === v.passwordConfirm, {
  message: "mismatch",
  path: ["passwordConfirm"],
});

export function validateSignup(values: SignupValues, locale: "ja" | "en") {
  const result = validate(SignupFormSchema, { ...values, customerType: "sme", locale });
  if (!result.ok) {
    // An empty confirmation is flagged even while other fields fail (the mismatch refinement only runs once they pass).
    if (values.passwordConfirm === "") result.errors.passwordConfirm = { key: "required" };
    else if (result.errors.passwordConfirm && values.password !== values.passwordConfirm) result.errors.passwordConfirm = { key: "passwordMismatch" };
    return result;
  }
  const { passwordConfirm: _confirm, ...request } = result.data;
  return { ok: true as const, data: request };
}
