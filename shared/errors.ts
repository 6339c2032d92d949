import { z } from "zod";

/** The documented error codes and the HTTP status each one is answered with. */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Machine-readable reasons carried in `details.reason` of a `rule_violation` or `conflict`. */
export const RULE_REASONS = [
  "in_past",
  "lead_time",
  "horizon",
  "duration_too_short",
  "duration_too_long",
  "not_on_slot_grid",
  "outside_opening_hours",
  "closed_day",
  "blackout",
  "instrument_unavailable",
  "mode_not_offered",
  "qualification_required",
  "no_staff_scheduled",
  "not_cancellable",
  "invalid_transition",
  "booking_not_allowed",
  "session_not_started",
  "staff_not_qualified",
  "invalid_target",
  "wrong_password",
  "terms_not_accepted",
  "issuer_not_registered",
  "consent_required",
  "staff_not_routed",
  "not_quoted",
  "quoted_hours_exceeded",
  "instrument_not_of_institution",
] as const;
export type RuleReason = (typeof RULE_REASONS)[number];

/**
 * `time_off_collides`: details.assignments lists what to hand over first; `reservations_affected`: a change to
 * rules, hours, status, a blackout or a closure would break these reservations (details.reservations);
 * `assignments_affected`: a change to a staff member would strand these assignments (details.assignments).
 */
export const CONFLICT_REASONS = [
  "slot_taken",
  "staff_unavailable",
  "email_taken",
  "stale_revision",
  "time_off_collides",
  "reservations_affected",
  "assignments_affected",
  "already_exists",
  "invitation_used",
  "invitation_expired",
  "invitation_revoked",
  "last_company_admin",
  "company_unverified",
  "terms_outdated",
  "invoice_issued",
  "quote_expired",
  "quote_superseded",
  "quote_answered",
  "quote_not_accepted",
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];
