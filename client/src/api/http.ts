import type { z } from "zod";
import { ErrorBodySchema, type ErrorCode } from "../../../shared/errors";

/** An API error with the documented code and, for rules and conflicts, the machine-readable reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly details?: { reason?: string; issues?: { path: string; message: string; code?: string }[]; [key: string]: unknown },
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

/** The address of an API path in the current language, e.g. `/api/reservations/3/ics?lang=ja`. */
export function apiUrl(path: string, query: RequestOptions["query"] = {}): string {
  const params = new URLSearchParams({ lang: currentLanguage });
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  return `/api${path}?${params}`;
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: accept };
  // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers["Content-Type"] = "application/json";
  if (method !== "GET") {
    const token = csrfFromCookie() ?? csrfToken;
    if (token) headers["X-CSRF-Token"] = token;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(response.status, code, message, details as ApiError["details"]);
    }
    throw new ApiError(response.status, "internal", response.statusText);
  }
  return response;
}

/** Calls the API with the session cookie, sends the CSRF token on state changes, and checks the answer with `schema`. */
export async function request<T extends z.ZodType>(path: string, schema: T | null, options: RequestOptions = {}): Promise<z.infer<T>> {
  const response = await send(path, options, "application/json");
  if (response.status === 204) return undefined as z.infer<T>;
  const payload: unknown = await response.json().catch(() => null);
  return schema ? schema.parse(payload) : (payload as z.infer<T>);
}

/** Fetches a file the API serves to the signed-in user (e.g. a reservation's .ics), with the name it suggests. */
export async function requestFile(path: string, accept: string): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, {}, accept);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
