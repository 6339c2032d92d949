import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { capabilitiesApi, type CapabilitySearch } from "../../api/capabilities";
import { capabilityKeys } from "../../api/query-keys";

export const PAGE_SIZE = 20;

/** A page of the directory (published capabilities, and the caller's own drafts), ranked when searched. */
export function useCapabilitySearch(search: CapabilitySearch, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: capabilityKeys.search(search, i18n.resolvedLanguage),
    queryFn: () => capabilitiesApi.list({ pageSize: PAGE_SIZE, ...search }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCapability(id: number) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: capabilityKeys.detail(id, i18n.resolvedLanguage), queryFn: () => capabilitiesApi.get(id) });
}

/** Where "Ask about this" leads: the consultation request form, told which capability the question is about. */
export function askHref(capabilityId: number): string {
  return `/consultations/new?capabilityId=${capabilityId}`;
}
