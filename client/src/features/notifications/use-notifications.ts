import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { notificationsApi } from "../../api/notifications";
import { notificationKeys } from "../../api/query-keys";

const POLL_MS = 30_000;

/** How many notifications are unread, polled while the page is open (only when signed in). */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: () => notificationsApi.list({ unread: true, pageSize: 1 }).then((r) => r.unread),
    enabled,
    refetchInterval: POLL_MS,
  });
}

export function useInbox(page: number, unread: boolean) {
  return useQuery({
    queryKey: notificationKeys.page(page, unread),
    queryFn: () => notificationsApi.list({ page, unread, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | "all") => (id === "all" ? notificationsApi.markAllRead() : notificationsApi.markRead(id)),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
