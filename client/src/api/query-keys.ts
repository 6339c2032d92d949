import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Every TanStack Query key, one factory per domain. `all` is the prefix a change invalidates; the functions name
 * one query. Keys of localized answers end with the language, so switching it refetches them.
 */
export const sessionKeys = { all: ["session"] as const };

export const institutionKeys = {
  all: ["institutions"] as const,
  list: (language?: string) => ["institutions", language] as const,
  detail: (id: number) => ["institutions", "detail", id] as const,
};

/** Invitations of an institution or company (`owner` is "institutions" or "companies"), and one by its link. */
export const invitationKeys = {
  all: ["invitations"] as const,
  of: (owner: string, id: number) => ["invitations", owner, id] as const,
  link: (token: string) => ["invitations", "link", token] as const,
};

export const companyMemberKeys = { all: ["company-members"] as const, of: (companyId: number) => ["company-members", companyId] as const };

export const catalogueKeys = { all: ["instruments"] as const, search: (search: unknown, language?: string) => ["instruments", search, language] as const };

/** The technology directory: searches, one capability, and the workspace's list of an institution's. */
export const capabilityKeys = {
  all: ["capabilities"] as const,
  search: (search: unknown, language?: string) => ["capabilities", "search", search, language] as const,
  detail: (id: number, language?: string) => ["capabilities", "detail", id, language] as const,
  suggestions: (q: string) => ["capabilities", "suggestions", q] as const,
};

export const instrumentKeys = {
  all: ["instrument"] as const,
  detail: (id: number, language?: string) => ["instrument", id, language] as const,
  access: (id: number, userId: number | undefined) => ["instrument", id, "access", userId] as const,
};

export const availabilityKeys = {
  all: ["availability"] as const,
  instrument: (id: number) => ["availability", id] as const,
  week: (id: number, weekStart: string, duration?: number) => ["availability", id, weekStart, duration] as const,
};

export const reservationKeys = {
  all: ["reservations"] as const,
  mine: (scope: string, page: number, language?: string) => ["reservations", "mine", scope, page, language] as const,
  pending: (language: string) => ["reservations", "pending", language] as const,
  toRecord: (language: string) => ["reservations", "to-record", language] as const,
  detail: (id: number, language?: string) => ["reservations", "detail", id, language] as const,
  events: (id: number) => ["reservations", "events", id] as const,
  onBehalfMembers: (q: string) => ["reservations", "on-behalf-members", q] as const,
};

export const attachmentKeys = {
  all: ["attachments"] as const,
  of: (reservationId: number) => ["attachments", reservationId] as const,
};

export const feedKeys = {
  all: ["calendar-feeds"] as const,
  instruments: (institutionId: number | null | undefined, language: string) => ["calendar-feeds", "instruments", institutionId, language] as const,
};

export const staffKeys = {
  all: ["staff-members"] as const,
  roster: (language: string) => ["staff-members", "roster", language] as const,
  supporting: (instrumentId: number) => ["staff-members", "supporting", instrumentId] as const,
  member: (id: number) => ["staff-members", "member", id] as const,
};

export const scheduleKeys = {
  all: ["schedule"] as const,
  range: (staffId: number | null, from: string, to: string, language: string) => ["schedule", staffId, from, to, language] as const,
  today: (staffId: number, language: string) => ["schedule", "today", staffId, language] as const,
};

export const timeOffKeys = {
  all: ["time-off"] as const,
  of: (staffId: number) => ["time-off", staffId] as const,
  upcoming: (staffId: number) => ["time-off", staffId, "upcoming"] as const,
};

export const assistanceKeys = {
  all: ["assistance"] as const,
  list: (filter: string, mine: boolean, language: string) => ["assistance", filter, mine, language] as const,
};

export const qualificationKeys = {
  all: ["qualifications"] as const,
  list: (showInvalid: boolean, language: string) => ["qualifications", showInvalid, language] as const,
};

/** The workspace's instrument lists and editor (unlike the catalogue: every status, the institution's own). */
export const facilityInstrumentKeys = {
  all: ["facility-instruments"] as const,
  list: (institutionId: number | null | undefined, retired: boolean, language: string) => ["facility-instruments", institutionId, retired, language] as const,
  editor: (id: number, language?: string) => ["facility-instruments", "editor", id, language] as const,
};

export const blackoutKeys = {
  all: ["blackouts"] as const,
  from: (from: string) => ["blackouts", from] as const,
  affected: (start: string | null, end: string | null, instrumentId: string) => ["blackouts", "affected", start, end, instrumentId] as const,
};

export const closureKeys = { all: ["closures"] as const, of: (institutionId: number) => ["closures", institutionId] as const };

export const auditKeys = { all: ["audit"] as const, page: (page: number, entityType: string | undefined) => ["audit", page, entityType] as const };

/** The inbox: everything under `all` is refreshed after marking read. */
export const notificationKeys = {
  all: ["notifications"] as const,
  unreadCount: () => ["notifications", "unread-count"] as const,
  page: (page: number, unread: boolean) => ["notifications", "page", page, unread] as const,
  settings: () => ["notifications", "settings"] as const,
};

export const accountKeys = { all: ["accounts"] as const, search: (search: unknown, language: string) => ["accounts", search, language] as const };

/** Charges and invoices: a run, an issue, a credit note or a payment refreshes everything under `all`. */
export const billingKeys = {
  all: ["billing"] as const,
  charges: (month: string, institutionId?: number) => ["billing", "charges", month, institutionId] as const,
  invoices: (month: string, institutionId?: number) => ["billing", "invoices", month, institutionId] as const,
  invoice: (id: number) => ["billing", "invoice", id] as const,
  settings: (institutionId: number) => ["billing", "settings", institutionId] as const,
  policy: (instrumentId: number) => ["billing", "policy", instrumentId] as const,
};

/** Reports are read-only: a fiscal year, grouping and language name one answer. */
export const reportKeys = {
  all: ["reports"] as const,
  usage: (query: unknown, language: string) => ["reports", "usage", query, language] as const,
  programme: (fiscalYear: number, language: string) => ["reports", "programme", fiscalYear, language] as const,
};

/** The institution calendar: one institution's instruments, bookings and blackouts over a day or a week. */
export const institutionCalendarKeys = {
  all: ["institution-calendar"] as const,
  range: (from: string, to: string, language: string) => ["institution-calendar", from, to, language] as const,
};

/** Company profiles and the verification queue; the session's company changes with them. */
export const companyKeys = {
  all: ["companies"] as const,
  detail: (id: number) => ["companies", "detail", id] as const,
  list: (verification: string | undefined) => ["companies", "list", verification] as const,
};

/** The search thesaurus (its edits change what the catalogue finds: invalidate catalogueKeys.all too). */
export const thesaurusKeys = { all: ["search-thesaurus"] as const };
/** The consultation desk: lists by filter, one request, the staff to assign, directory suggestions. */
export const consultationKeys = {
  all: ["consultations"] as const,
  list: (filter: string) => ["consultations", "list", filter] as const,
  detail: (id: number) => ["consultations", "detail", id] as const,
  staff: (institutionId: number) => ["consultations", "staff", institutionId] as const,
  suggestions: (q: string) => ["consultations", "suggestions", q] as const,
};

/** The terms in force and the caller's acceptance. */
export const termsKeys = { all: ["terms"] as const, current: (userId: number | undefined) => ["terms", userId] as const };

/** Marks every query under these prefixes stale (and refetches those on screen). */
export function invalidate(client: QueryClient, ...prefixes: QueryKey[]): void {
  for (const queryKey of prefixes) void client.invalidateQueries({ queryKey });
}

export const quoteKeys = {
  all: ["quotes"] as const,
  ofConsultation: (consultationId: number) => ["quotes", consultationId] as const,
};
