import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints";
import { useSession } from "../../lib/use-session";
import { weekRange } from "../../lib/week";
import { availabilityKeys, instrumentKeys } from "../../api/query-keys";

/** The instrument in the reader's language; switching the language keeps the page (and a half-filled booking) on screen. */
export function useInstrument(id: number) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: instrumentKeys.detail(id, i18n.resolvedLanguage),
    queryFn: () => api.instrument(id),
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
  });
}


/** Free slots and start times for `duration` of one week; refreshed when the tab regains focus so they do not go stale. */
export function useAvailability(id: number, weekStart: string, zone: string | undefined, duration: number) {
  return useQuery({
    queryKey: availabilityKeys.week(id, weekStart, duration),
    queryFn: () => {
      const { from, to } = weekRange(weekStart, zone!);
      return api.availability(id, from, to, duration);
    },
    enabled: zone !== undefined,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

/** What the signed-in company member may do on the instrument (self-use qualification); not asked for others. */
export function useAccess(instrumentId: number) {
  const { data: user } = useSession();
  return useQuery({
    queryKey: instrumentKeys.access(instrumentId, user?.id),
    queryFn: () => api.access(instrumentId),
    enabled: user?.role === "company_member",
  });
}
