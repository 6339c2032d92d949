import type { ErrorCode } from "../shared/errors";

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

export class RuleViolation extends AppError {
  constructor(message: string, details: { reason: string } & Record<string, unknown>) {
    super("rule_violation", message, details);
  }
}
