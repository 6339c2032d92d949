import type { EntityManager } from "typeorm";
import type { Role } from "../../shared/enums";
import {
  DEFAULT_REMINDER_MINUTES,
  EMAIL_KINDS,
  REQUIRED_EMAIL_KINDS,
  type NotificationSettings,
  type NotificationSettingsRequest,
} from "../../shared/schemas/notification-settings";
import type { NotificationKind } from "../../shared/schemas/notifications";
import { NotificationSetting, type User } from "../platform/db/entities";
import { ValidationError } from "../platform/errors";

/** The kinds each role can receive, as a settings page lists them. */
const KINDS_BY_ROLE: Record<Role, NotificationKind[]> = {
  company_member: ["booking_confirmed", "booking_pending", "booking_approved", "booking_rejected", "booking_cancelled", "booking_cancelled_by_facility", "assistance_unstaffed", "consultation_message", "consultation_closed", "consultation_meeting_proposed", "consultation_meeting_cancelled", "quote_issued"],
  staff: ["staff_assigned", "staff_pending_booking", "staff_booking_cancelled", "consultation_assigned", "consultation_message", "consultation_meeting_cancelled", "quote_accepted", "quote_declined"],
  institution_admin: ["staff_assigned", "staff_pending_booking", "staff_booking_cancelled", "admin_unstaffed", "admin_unstaffed_urgent", "consultation_routed", "consultation_assigned", "consultation_message", "consultation_meeting_cancelled", "quote_accepted", "quote_declined"],
  coordinator: ["consultation_received", "consultation_message"],
};

/** A user's preferences as the dispatcher and the scheduler use them (defaults when they never saved any). */
export interface Preferences {
  emailOff: Set<string>;
  reminderLeadMinutes: number[];
  agendaTime: string | null;
  weeklyDigest: boolean;
  colleagueBookings: boolean;
}

/** The stored lead times ("1440,120"; empty: no reminders). */
export function parseLeads(stored: string): number[] {
  return stored.split(",").filter(Boolean).map(Number);
}

export function preferencesOf(row: NotificationSetting | null): Preferences {
  if (!row) return { emailOff: new Set(), reminderLeadMinutes: DEFAULT_REMINDER_MINUTES, agendaTime: null, weeklyDigest: false, colleagueBookings: false };
  return {
    emailOff: new Set(row.emailOff.split(",").filter(Boolean)),
    reminderLeadMinutes: parseLeads(row.reminderLeadMinutes),
    agendaTime: row.agendaTime,
    weeklyDigest: row.weeklyDigest,
    colleagueBookings: row.colleagueBookings,
  };
}

export async function loadPreferences(em: EntityManager, userId: number): Promise<Preferences> {
  return preferencesOf(await em.getRepository(NotificationSetting).findOneBy({ userId }));
}

/** Whether this kind goes out by e-mail: required kinds always do. */
export function wantsEmail(preferences: Preferences, kind: NotificationKind): boolean {
  return (REQUIRED_EMAIL_KINDS as readonly string[]).includes(kind) || !preferences.emailOff.has(kind);
}

export function presentSettings(user: User, p: Preferences): NotificationSettings {
  return {
    email: Object.fromEntries(EMAIL_KINDS.map((k) => [k, wantsEmail(p, k)])),
    required: [...REQUIRED_EMAIL_KINDS],
    kinds: KINDS_BY_ROLE[user.role],
    reminderLeadMinutes: p.reminderLeadMinutes,
    agendaTime: p.agendaTime,
    weeklyDigest: p.weeklyDigest,
    colleagueBookings: p.colleagueBookings,
  };
}

/**
 * Saves the given settings over the current ones. Options that do not fit the role (an agenda for a company member,
 * a digest for staff, colleagues' bookings for facility accounts) are refused with 400 rather than silently kept.
 */
export async function saveSettings(em: EntityManager, user: User, input: NotificationSettingsRequest): Promise<Preferences> {
  refuseForRole(user.role, input);
  const current = await loadPreferences(em, user.id);
  const emailOff = new Set(current.emailOff);
  for (const [kind, on] of Object.entries(input.email ?? {})) {
    if (on) emailOff.delete(kind);
    else emailOff.add(kind);
  }
  const next: Preferences = {
    emailOff,
    reminderLeadMinutes: input.reminderLeadMinutes ?? current.reminderLeadMinutes,
    agendaTime: input.agendaTime === undefined ? current.agendaTime : input.agendaTime,
    weeklyDigest: input.weeklyDigest ?? current.weeklyDigest,
    colleagueBookings: input.colleagueBookings ?? current.colleagueBookings,
  };
  await em.getRepository(NotificationSetting).save({
    userId: user.id,
    emailOff: [...next.emailOff].sort().join(","),
    reminderLeadMinutes: [...next.reminderLeadMinutes].sort((a, b) => b - a).join(","),
    agendaTime: next.agendaTime,
    weeklyDigest: next.weeklyDigest,
    colleagueBookings: next.colleagueBookings,
  });
  return { ...next, reminderLeadMinutes: [...next.reminderLeadMinutes].sort((a, b) => b - a) };
}

function refuseForRole(role: Role, input: NotificationSettingsRequest): void {
  const facility = role === "staff" || role === "institution_admin";
  const refused = [
    ...(input.agendaTime && !facility ? ["agendaTime"] : []),
    ...(input.weeklyDigest && role !== "institution_admin" ? ["weeklyDigest"] : []),
    ...(input.colleagueBookings && role !== "company_member" ? ["colleagueBookings"] : []),
  ];
  if (refused.length === 0) return;
  const issues = refused.map((path) => ({ path, message: "Not available for your role", code: "custom" }));
  throw new ValidationError(`${refused[0]}: Not available for your role`, { issues });
}
