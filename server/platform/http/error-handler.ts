import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { QueryFailedError } from "typeorm";
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from "../../../shared/errors";
import { AppError, Localized } from "../errors";
import { requestLocale } from "./locale";
import { redactUrl } from "./redact";

/** Details with `Localized` values rendered for this reader (one level deep: that is where services put them). */
function renderDetails(details: unknown, req: Request): unknown {
  if (details === null || typeof details !== "object" || Array.isArray(details)) return details;
  const entries = Object.entries(details);
  if (!entries.some(([, value]) => value instanceof Localized)) return details;
  const locale = requestLocale(req);
  return Object.fromEntries(entries.map(([key, value]) => [key, value instanceof Localized ? value.render(locale) : value]));
}

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Database guard violations (overlap triggers, exclusion and unique constraints) mean someone else got there first. */
function fromDatabase(error: QueryFailedError): AppError | null {
  const driverError = error.driverError as { code?: string; message?: string; constraint?: string } | undefined;
  const message = driverError?.message ?? error.message;
  if (message.includes("overlap:time_off")) {
    return new AppError("conflict", "The time off collides with an assignment; hand it over first", { reason: "time_off_collides" });
  }
  if (message.includes("overlap:") || driverError?.code === "23P01") {
    return message.includes("overlap:staff") || (driverError?.constraint ?? "").includes("staff")
      ? new AppError("conflict", "The staff member has just been committed elsewhere", { reason: "staff_unavailable" })
      : new AppError("conflict", "That time has just been booked by someone else", { reason: "slot_taken" });
  }
  if (driverError?.code === "23505" || driverError?.code === "SQLITE_CONSTRAINT_UNIQUE") {
    return new AppError("conflict", "That record already exists");
  }
  if (driverError?.code === "57014") {
    // PostgreSQL cancelled the statement (statement_timeout, DB_STATEMENT_TIMEOUT_MS): busy or too large a request, not a bug.
    return new AppError("unavailable", "The request took too long; please try again in a moment or ask for less", {
      reason: "statement_timeout",
      retryAfterSeconds: POOL_RETRY_AFTER_SECONDS,
    });
  }
  return null;
}

/** Seconds a client is asked to wait (`Retry-After`) when every database connection is busy. */
export const POOL_RETRY_AFTER_SECONDS = 2;

/**
 * No database connection within DB_CONNECT_TIMEOUT_MS: the pool is exhausted (pg-pool's "timeout exceeded when
 * trying to connect") or a new connection did not open in time. The server is busy, not broken: 503, try again.
 */
function fromPool(error: unknown): AppError | null {
  const message = error instanceof Error ? error.message : "";
  if (!/timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(message)) return null;
  return new AppError("unavailable", "The service is busy; please try again in a moment", { reason: "database_busy", retryAfterSeconds: POOL_RETRY_AFTER_SECONDS });
}

/** Body-parser and other HTTP-level errors carry a 4xx status of their own. */
function fromHttp(error: unknown): AppError | null {
  const status = (error as { status?: number; type?: string }).status;
  const type = (error as { type?: string }).type;
  if (type === "entity.parse.failed") return new AppError("validation_failed", "The request body is not valid JSON");
  if (type === "entity.too.large") return new AppError("payload_too_large", "The request body is too large");
  if (status && status >= 400 && status < 500) return new AppError("validation_failed", "The request could not be read");
  return null;
}

export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known =
      error instanceof AppError ? error : error instanceof QueryFailedError ? fromDatabase(error) : fromPool(error) ?? fromHttp(error);
    if (known) {
      if (known.code === "unavailable") res.setHeader("Retry-After", String(POOL_RETRY_AFTER_SECONDS));
      res.status(ERROR_STATUS[known.code]).json(body(known.code, known.message, renderDetails(known.details, req)));
      return;
    }
    logger.error({ err: error, method: req.method, url: redactUrl(req.originalUrl) }, "unhandled error");
    res.status(500).json(body("internal", "Something went wrong on our side; please try again"));
  };
}

export function notFoundHandler(req: Request, res: Response): void {
  res.status(404).json(body("not_found", `No route for ${req.method} ${req.path}`));
}
