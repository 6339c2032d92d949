import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/endpoints";

/** Every institution with its time zone, in the current language; changes rarely, so kept for ten minutes. */
export function useInstitutions() {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: ["institutions", i18n.resolvedLanguage], queryFn: api.institutions, staleTime: 10 * 60_000 });
}
