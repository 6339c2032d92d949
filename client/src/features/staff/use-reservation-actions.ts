import { useMutation, useQueryClient } from "@tanstack/react-query";
import { workspaceApi } from "../../api/workspace";
import { assistanceKeys, invalidate, reservationKeys, scheduleKeys } from "../../api/query-keys";

/** Approve / reject / record mutations that refresh every list showing reservations when they succeed. */
export function useReservationActions(id: number) {
  const client = useQueryClient();
  const refresh = () => {
    invalidate(client, scheduleKeys.all, reservationKeys.all, assistanceKeys.all);
  };
  return {
    approve: useMutation({ mutationFn: () => workspaceApi.approve(id), onSuccess: refresh }),
    reject: useMutation({ mutationFn: (reason: string) => workspaceApi.reject(id, reason), onSuccess: refresh }),
    record: useMutation({ mutationFn: (body: Parameters<typeof workspaceApi.record>[1]) => workspaceApi.record(id, body), onSuccess: refresh }),
  };
}
