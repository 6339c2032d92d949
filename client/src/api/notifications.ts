import { NotificationSettingsResponseSchema, type NotificationSettingsRequest, NotificationListResponseSchema, NotificationReadResponseSchema, NotificationsReadAllResponseSchema } from "../../../shared";
import { request } from "./http";

/** The signed-in user's in-app inbox. */
export const notificationsApi = {
  list: (query: { page?: number; pageSize?: number; unread?: boolean }) =>
    request("/notifications", NotificationListResponseSchema, { query: { ...query, unread: query.unread ? "true" : undefined } }),
  markRead: (id: number) => request(`/notifications/${id}/read`, NotificationReadResponseSchema, { method: "POST" }),
  markAllRead: () => request("/notifications/read-all", NotificationsReadAllResponseSchema, { method: "POST" }),
  settings: () => request("/me/notification-settings", NotificationSettingsResponseSchema).then((r) => r.settings),
  saveSettings: (body: NotificationSettingsRequest) =>
    request("/me/notification-settings", NotificationSettingsResponseSchema, { method: "PUT", body }).then((r) => r.settings),
};
