import { generatePassword } from "../../lib/generate-password";
import type { z } from "zod";
import { CreateStaffMemberRequestSchema, type CreateStaffMemberRequest, type Locale } from "../../../../shared";
import { ApiError } from "../../api/http";
import { apiFieldErrors, validate, type FieldErrors } from "../../lib/form-errors";
import { checkRows, fromRows, toRows, type WeekRows } from "../../ui/weekly-hours-form";

/** The "add staff member" form's state; the initial password is chosen (or typed) by the admin. */
export interface StaffForm {
  displayName: string;
  email: string;
  locale: Locale;
  instrumentIds: number[];
  hours: WeekRows;
  password: string;
}

/** The usual working day at a Japanese national university, as a starting point to adjust. */
const WORKDAY = { start: "08:30", end: "17:15" };

export function emptyStaffForm(): StaffForm {
  return {
    displayName: "", email: "", locale: "ja", instrumentIds: [], password: generatePassword(),
    hours: toRows({ mon: [WORKDAY], tue: [WORKDAY], wed: [WORKDAY], thu: [WORKDAY], fri: [WORKDAY] }),
  };
}

// Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I, B/8) when read out or typed by hand.
export function toStaffRequest(form: StaffForm): CreateStaffMemberRequest {
  return { displayName: form.displayName, email: form.email, password: form.password, locale: form.locale, instrumentIds: form.instrumentIds, workingHours: fromRows(form.hours) };
}

type StaffCheck = { ok: true; data: z.output<typeof CreateStaffMemberRequestSchema> } | { ok: false; errors: FieldErrors };

/**
 * Validates with the shared request schema, as the server will; the hours editor's own checks (e.g. overlapping
 * windows, shown in place) also hold the form back, under `workingHours`.
 */
export function checkStaff(form: StaffForm): StaffCheck {
  const checked = validate(CreateStaffMemberRequestSchema, toStaffRequest(form));
  const hoursInvalid = Object.keys(checkRows(form.hours)).length > 0;
  if (checked.ok && !hoursInvalid) return checked;
  const errors = checked.ok ? {} : checked.errors;
  // An empty address fails the schema's email format; to the admin it is simply missing.
  if (errors.email && form.email.trim() === "") errors.email = { key: "required" };
  if (hoursInvalid) errors.workingHours ??= { key: "invalid" };
  return { ok: false, errors };
}

/** Field errors from a refused request: an email already in use, or the fields a 400 names. */
export function staffServerErrors(error: unknown): FieldErrors {
  if (error instanceof ApiError && error.reason === "email_taken") return { email: { key: "emailInUse" } };
  return apiFieldErrors(error);
}
