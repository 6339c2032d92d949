import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationSettingsRequest } from "../../../../shared";
import { notificationsApi } from "../../api/notifications";
import { notificationKeys } from "../../api/query-keys";

export function useNotificationSettings() {
  return useQuery({ queryKey: notificationKeys.settings(), queryFn: notificationsApi.settings });
}

export function useSaveNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsRequest) => notificationsApi.saveSettings(body),
    onSuccess: (settings) => client.setQueryData(notificationKeys.settings(), settings),
  });
}
