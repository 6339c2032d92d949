import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/endpoints";
import { reservationKeys, sessionKeys } from "../api/query-keys";


/** The signed-in user (null when signed out), shared by every page through the query cache. */
export function useSession() {
  return useQuery({ queryKey: sessionKeys.all, queryFn: api.me, staleTime: 5 * 60_000 });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.logout,
    onSuccess: () => {
      client.setQueryData(sessionKeys.all, null);
      client.removeQueries({ queryKey: reservationKeys.all });
    },
  });
}
