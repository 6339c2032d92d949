import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/endpoints";
import { institutionKeys } from "../api/query-keys";

/** Every institution with its time zone, in the current language; changes rarely, so kept for ten minutes. */
export function useInstitutions() {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: institutionKeys.list(i18n.resolvedLanguage), queryFn: api.institutions, staleTime: 10 * 60_000 });
}
