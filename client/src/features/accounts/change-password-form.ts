import { z } from "zod";
import { ChangePasswordRequestSchema, type ChangePasswordRequest } from "../../../../shared";
import { ApiError } from "../../api/http";
import { apiFieldErrors, validate, type FieldErrors } from "../../lib/form-errors";

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

export const emptyChangePassword: ChangePasswordValues = { currentPassword: "", newPassword: "", newPasswordConfirm: "" };

/** The API's schema plus the confirmation the form adds. */
const ChangePasswordFormSchema = ChangePasswordRequestSchema.and(z.object({ newPasswordConfirm: z.string() })).refine(
  (v) => v.newPassword === v.newPasswordConfirm,
  { message: "mismatch", path: ["newPasswordConfirm"] },
);

export function validateChangePassword(values: ChangePasswordValues): { ok: true; data: ChangePasswordRequest } | { ok: false; errors: FieldErrors } {
  const result = validate(ChangePasswordFormSchema, values);
  if (result.ok) return { ok: true, data: { currentPassword: values.currentPassword, newPassword: values.newPassword } };
  const { errors } = result;
  // The schema's two refinements, in words: the new password must differ from the current one and match its confirmation.
  if (errors.newPassword?.key === "invalid" && values.newPassword === values.currentPassword) errors.newPassword = { key: "passwordUnchanged" };
  if (errors.newPasswordConfirm) errors.newPasswordConfirm = { key: values.newPasswordConfirm === "" ? "required" : "passwordMismatch" };
  return { ok: false, errors };
}

/** Field errors from a refused change: a wrong current password, or the fields a 400 names. */
export function changePasswordServerErrors(error: unknown): FieldErrors {
  if (error instanceof ApiError && error.reason === "wrong_password") return { currentPassword: { key: "wrongPassword" } };
  return apiFieldErrors(error);
}
