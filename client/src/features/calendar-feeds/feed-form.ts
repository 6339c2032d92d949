import { CALENDAR_FEED_KINDS, CreateCalendarFeedRequestSchema, type CalendarFeedKind, type CreateCalendarFeedRequest, type User } from "../../../../shared";
import { validate, type FieldErrors } from "../../lib/form-errors";

/** The create form's state: select values are strings, as the controls hold them. */
export interface FeedFormValues {
  kind: CalendarFeedKind | "";
  institutionId: string;
  instrumentId: string;
  label: string;
}

/** What else a kind needs chosen: an instrument for an instrument feed; an institution when the user has none of their own (the coordinator). */
export function feedTargets(kind: CalendarFeedKind | "", user: Pick<User, "institutionId">): { institution: boolean; instrument: boolean } {
  const ownInstitution = user.institutionId !== null;
  return {
    instrument: kind === "instrument",
    institution: (kind === "instrument" || kind === "institution") && !ownInstitution,
  };
}

/** The kinds the form offers: exactly those the server says the caller may create, in a stable order. */
export function offeredKinds(allowed: readonly CalendarFeedKind[]): CalendarFeedKind[] {
  return CALENDAR_FEED_KINDS.filter((kind) => allowed.includes(kind));
}

export function initialFeedForm(allowed: readonly CalendarFeedKind[]): FeedFormValues {
  return { kind: offeredKinds(allowed)[0] ?? "", institutionId: "", instrumentId: "", label: "" };
}

/** The institution whose instruments the instrument picker lists: the user's own, else the one chosen. */
export function instrumentInstitution(values: FeedFormValues, user: Pick<User, "institutionId">): number | null {
  if (user.institutionId !== null) return user.institutionId;
  return values.institutionId ? Number(values.institutionId) : null;
}

/** The request to send, or the fields still to fill; choices that do not apply to the kind are left out. */
export function toCreateRequest(
  values: FeedFormValues,
  user: Pick<User, "institutionId">,
): { ok: true; data: CreateCalendarFeedRequest } | { ok: false; errors: FieldErrors } {
  const needs = feedTargets(values.kind, user);
  const errors: FieldErrors = {};
  if (!values.kind) errors.kind = { key: "required" };
  if (needs.institution && !values.institutionId) errors.institutionId = { key: "required" };
  if (needs.instrument && !values.instrumentId) errors.instrumentId = { key: "required" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const result = validate(CreateCalendarFeedRequestSchema, {
    kind: values.kind,
    instrumentId: needs.instrument ? Number(values.instrumentId) : undefined,
    institutionId: values.kind === "institution" && needs.institution ? Number(values.institutionId) : undefined,
    label: values.label.trim() || undefined,
  });
  return result.ok ? { ok: true, data: result.data } : result;
}
