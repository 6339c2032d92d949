import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { companiesApi } from "../../api/companies";
import { invalidate, termsKeys } from "../../api/query-keys";
import { useSession } from "../../lib/use-session";

/** The terms in force (null before the first version) with the signed-in user's acceptance. */
export function useTerms() {
  const { data: user } = useSession();
  return useQuery({ queryKey: termsKeys.current(user?.id), queryFn: companiesApi.terms });
}

export function useAcceptTerms() {
  const client = useQueryClient();
  return useMutation({ mutationFn: companiesApi.acceptTerms, onSuccess: () => invalidate(client, termsKeys.all) });
}
