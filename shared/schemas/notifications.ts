import { z } from "zod";
import { PaginationQuerySchema } from "./common";

/** What a notification tells its recipient; one audit event gives each recipient at most one. */
export const NOTIFICATION_KINDS = [
  "booking_confirmed",
  "booking_pending",
  "booking_approved",
  "booking_rejected",
  "booking_cancelled_by_facility",
  "assistance_unstaffed",
  "staff_assigned",
  "staff_pending_booking",
  "staff_booking_cancelled",
  "admin_unstaffed",
  "booking_cancelled",
  "booking_reminder",
  "staff_agenda",
  "admin_unstaffed_urgent",
  "admin_digest",
  "consultation_received",
  "consultation_routed",
  "consultation_assigned",
  "consultation_message",
  "consultation_closed",
  "consultation_meeting_proposed",
  "consultation_meeting_cancelled",
  "quote_issued",
  "quote_accepted",
  "quote_declined",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  reservationId: z.number().int().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = PaginationQuerySchema.extend({
  unread: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
});
export type NotificationListQuery = z.input<typeof NotificationListQuerySchema>;

export const NotificationListResponseSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof NotificationListResponseSchema>;

export const NotificationReadResponseSchema = z.object({ notification: NotificationSchema, unread: z.number().int() });
export const NotificationsReadAllResponseSchema = z.object({ unread: z.number().int() });
