import type { z } from "zod";
import { ApiError } from "../api/http";

/** A field's problem as an i18n key (under `validation.`) with values for interpolation. */
export interface FieldError {
  key: string;
  values?: Record<string, number | string>;
}

export type FieldErrors = Partial<Record<string, FieldError>>;

export function describeIssue(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 && issue.origin === "string" ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: "tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "email" : "invalid" };
    case "invalid_type":
      return { key: "required" };
    default:
      return { key: "invalid" };
  }
}

/** Validates `values` with a shared zod schema and maps the first problem of each field to an i18n key. */
export function validate<S extends z.ZodType>(schema: S, values: unknown): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= describeIssue(issue);
  }
  return { ok: false, errors };
}

/** The fields a 400 from the API names (each issue's path is dotted, e.g. "workingHours.mon.0.end"). */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return {};
  const errors: FieldErrors = {};
  for (const issue of error.details?.issues ?? []) {
    errors[issue.path.split(".")[0] || "form"] ??= { key: issue.code === "weak_password" ? "weakPassword" : "invalid" };
  }
  return errors;
}
