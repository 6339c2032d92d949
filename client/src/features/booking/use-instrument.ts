import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints";
import { weekRange } from "../../lib/week";

export function useInstrument(id: number) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: ["instrument", id, i18n.resolvedLanguage], queryFn: () => api.instrument(id) });
}

export const availabilityKey = (id: number) => ["availability", id] as const;

/** Free slots of one week; refreshed when the tab regains focus so the calendar does not go stale. */
export function useAvailability(id: number, weekStart: string, zone: string | undefined) {
  return useQuery({
    queryKey: [...availabilityKey(id), weekStart],
    queryFn: () => {
      const { from, to } = weekRange(weekStart, zone!);
      return api.availability(id, from, to);
    },
    enabled: zone !== undefined,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}
