import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints";
import { PAGE_SIZE, type CatalogueSearch } from "./search-params";
import { catalogueKeys } from "../../api/query-keys";

/** One page of search results; the previous page stays on screen while the next one loads. */
export function useInstrumentSearch(search: CatalogueSearch) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: catalogueKeys.search(search, i18n.resolvedLanguage),
    queryFn: () =>
      api.instruments({
        q: search.q || undefined,
        category: search.category || undefined,
        institutionId: search.institutionId ?? undefined,
        prefecture: search.prefecture || undefined,
        freeOn: search.freeOn || undefined,
        page: search.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}
