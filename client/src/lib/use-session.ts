import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/endpoints";

export const SESSION_KEY = ["session"] as const;

/** The signed-in user (null when signed out), shared by every page through the query cache. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: api.me, staleTime: 5 * 60_000 });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.logout,
    onSuccess: () => {
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ queryKey: ["reservations"] });
    },
  });
}
