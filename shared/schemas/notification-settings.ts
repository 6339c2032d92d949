import { z } from "zod";
import { TimeOfDaySchema } from "./common";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notifications";

/** Messages a booking cannot be understood without: always e-mailed, switching them off is refused (400). */
export const REQUIRED_EMAIL_KINDS = ["booking_rejected", "booking_cancelled_by_facility", "assistance_unstaffed"] as const satisfies readonly NotificationKind[];

/** Kinds with their own switch rather than an e-mail toggle: reminders (lead times), agenda (time), digest (opt-in). */
const SCHEDULED_KINDS: readonly NotificationKind[] = ["booking_reminder", "staff_agenda", "admin_digest"];
export const EMAIL_KINDS = NOTIFICATION_KINDS.filter((k) => !SCHEDULED_KINDS.includes(k));

export const NOTIFICATION_LIMITS = {
  /** Reminders: at most three, each between 30 minutes and 7 days before the session. */
  maxReminders: 3,
  minReminderMinutes: 30,
  maxReminderMinutes: 7 * 24 * 60,
} as const;

export const DEFAULT_REMINDER_MINUTES = [24 * 60, 120];

const EmailMap = z.object(Object.fromEntries(EMAIL_KINDS.map((k) => [k, z.boolean()])) as Record<NotificationKind, z.ZodBoolean>);

const LeadMinutes = z
  .array(z.number().int().min(NOTIFICATION_LIMITS.minReminderMinutes).max(NOTIFICATION_LIMITS.maxReminderMinutes))
  .max(NOTIFICATION_LIMITS.maxReminders)
  .refine((leads) => new Set(leads).size === leads.length, "Each reminder time only once");

/** PUT /api/me/notification-settings: any subset; unknown keys and unknown kinds are refused. */
export const NotificationSettingsRequestSchema = z
  .object({
    email: EmailMap.partial().strict().optional(),
    reminderLeadMinutes: LeadMinutes.optional(),
    agendaTime: TimeOfDaySchema.refine((t) => t !== "24:00", "Use HH:mm (00:00–23:59)").nullable().optional(),
    weeklyDigest: z.boolean().optional(),
    colleagueBookings: z.boolean().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const kind of REQUIRED_EMAIL_KINDS) {
      if (body.email?.[kind] === false) ctx.addIssue({ code: "custom", path: ["email", kind], message: "This message is always sent: it is needed to understand a booking" });
    }
  });
export type NotificationSettingsRequest = z.input<typeof NotificationSettingsRequestSchema>;

export const NotificationSettingsSchema = z.object({
  email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()),
  required: z.array(z.enum(NOTIFICATION_KINDS)),
  /** The kinds that concern the caller's role, in the order a settings page lists them. */
  kinds: z.array(z.enum(NOTIFICATION_KINDS)),
  reminderLeadMinutes: z.array(z.number().int()),
  agendaTime: z.string().nullable(),
  weeklyDigest: z.boolean(),
  colleagueBookings: z.boolean(),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;
export const NotificationSettingsResponseSchema = z.object({ settings: NotificationSettingsSchema });
