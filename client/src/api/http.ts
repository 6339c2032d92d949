import type { z } from "zod";
import { ErrorBodySchema, type ErrorCode } from "../../../shared/errors";

/** An API error with the documented code and, for rules and conflicts, the machine-readable reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly details?: { reason?: string; issues?: { path: (string | number)[]; message: string }[]; [key: string]: unknown },
  ) {
    super(message);
  }

  get reason(): string | undefined {
    return this.details?.reason;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from a login or /me response; the csrf_token cookie is the fallback. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function csrfFromCookie(): string | null {
  const match = document.cookie.match(/(?:^|;\s*)csrf_token=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

let currentLanguage = "ja";

/** Localized fields in API answers follow this language. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
}

/** Calls the API with the session cookie, sends the CSRF token on state changes, and checks the answer with `schema`. */
export async function request<T extends z.ZodType>(path: string, schema: T | null, options: RequestOptions = {}): Promise<z.infer<T>> {
  const method = options.method ?? "GET";
  const params = new URLSearchParams({ lang: currentLanguage });
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") {
    const token = csrfFromCookie() ?? csrfToken;
    if (token) headers["X-CSRF-Token"] = token;
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}?${params}`, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  if (response.status === 204) return undefined as z.infer<T>;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(response.status, code, message, details as ApiError["details"]);
    }
    throw new ApiError(response.status, "internal", response.statusText);
  }
  return schema ? schema.parse(payload) : (payload as z.infer<T>);
}
