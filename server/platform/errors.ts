import type { Locale } from "../../shared/enums";
import type { ErrorCode } from "../../shared/errors";

/**
 * A detail of an error body that depends on the reader's language (e.g. the bookings a change would affect, with
 * instrument names): services build it without knowing who asks; the error middleware renders it in the
 * request's language (`requestLocale`: ?lang=, Accept-Language, then the user's saved language).
 */
export class Localized<T = unknown> {
  constructor(readonly render: (locale: Locale) => T) {}
}

export function localized<T>(render: (locale: Locale) => T): Localized<T> {
  return new Localized(render);
}

/** An error with one of the documented codes; the error middleware turns it into the JSON error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super("validation_failed", message, details);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = "Sign in to continue") {
    super("unauthenticated", message);
  }
}

export class Forbidden extends AppError {
  constructor(message = "You are not allowed to do this") {
    super("forbidden", message);
  }
}

export class NotFound extends AppError {
  constructor(what: string) {
    super("not_found", `${what} not found`);
  }
}

export class Conflict extends AppError {
  constructor(message: string, details?: { reason: string } & Record<string, unknown>) {
    super("conflict", message, details);
  }
}

export class RateLimited extends AppError {
  constructor(message = "Too many attempts; wait a few minutes and try again") {
    super("rate_limited", message);
  }
}

export class RuleViolation extends AppError {
  constructor(message: string, details: { reason: string } & Record<string, unknown>) {
    super("rule_violation", message, details);
  }
}
