import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Consultation } from "../../../../shared/schemas/consultations";
import { consultationKeys, invalidate } from "../../api/query-keys";

/** A step on a request that answers the request page as it now is. */
export function useDeskAction<T>(id: number, action: (input: T) => Promise<Consultation>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (updated) => {
      client.setQueryData(consultationKeys.detail(id), updated);
      invalidate(client, consultationKeys.all);
    },
  });
}
