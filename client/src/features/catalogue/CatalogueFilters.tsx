import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { INSTRUMENT_CATEGORIES, PREFECTURES, type InstrumentCategory, type Prefecture } from "../../../../shared";
import { prefectureName } from "../../i18n/prefectures";
import { withFilter, type CatalogueSearch } from "./search-params";
import { useInstitutions } from "../../lib/use-institutions";

interface Props {
  search: CatalogueSearch;
  onChange: (search: CatalogueSearch) => void;
}

/** The keyword box (applied on submit) and the filters (applied at once). */
export function CatalogueFilters({ search, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const institutions = useInstitutions();
  const [q, setQ] = useState(search.q);
  useEffect(() => setQ(search.q), [search.q]);
  const usedPrefectures = PREFECTURES.filter((p) => institutions.data?.items.some((i) => i.prefecture === p));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(withFilter(search, { q }));
  };

  return (
    <form className="search" role="search" onSubmit={submit}>
      <div className="search-bar">
        <label htmlFor="catalogue-q" className="search-label">{t("catalogue.searchLabel")}</label>
        <div className="search-row">
          <input id="catalogue-q" type="search" value={q} maxLength={200} placeholder={t("catalogue.searchPlaceholder")} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className="button">{t("catalogue.search")}</button>
        </div>
      </div>
      <fieldset className="filters">
        <legend className="visually-hidden">{t("catalogue.filters")}</legend>
        <label>
          <span>{t("catalogue.category")}</span>
          <select value={search.category} onChange={(e) => onChange(withFilter(search, { category: e.target.value as InstrumentCategory | "" }))}>
            <option value="">{t("catalogue.any")}</option>
            {INSTRUMENT_CATEGORIES.map((c) => <option key={c} value={c}>{t(`categories.${c}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t("catalogue.institution")}</span>
          <select value={search.institutionId ?? ""} onChange={(e) => onChange(withFilter(search, { institutionId: e.target.value ? Number(e.target.value) : null }))}>
            <option value="">{t("catalogue.any")}</option>
            {institutions.data?.items.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </label>
        <label>
          <span>{t("catalogue.prefecture")}</span>
          <select value={search.prefecture} onChange={(e) => onChange(withFilter(search, { prefecture: e.target.value as Prefecture | "" }))}>
            <option value="">{t("catalogue.any")}</option>
            {usedPrefectures.map((p) => <option key={p} value={p}>{prefectureName(p, i18n.resolvedLanguage ?? "ja")}</option>)}
          </select>
        </label>
        <label>
          <span>{t("catalogue.freeOn")}</span>
          <input type="date" value={search.freeOn} onChange={(e) => onChange(withFilter(search, { freeOn: e.target.value }))} />
        </label>
        <button type="button" className="button-link" onClick={() => { setQ(""); onChange({ q: "", category: "", institutionId: null, prefecture: "", freeOn: "", page: 1 }); }}>
          {t("catalogue.clear")}
        </button>
      </fieldset>
    </form>
  );
}
