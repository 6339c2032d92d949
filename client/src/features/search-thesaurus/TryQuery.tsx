import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints";
import { catalogueKeys } from "../../api/query-keys";
import { WS } from "../../i18n/workspace";
import { MatchReason } from "../catalogue";

/** A query box: what the catalogue finds for it now (with the thesaurus as it stands), and why. */
export function TryQuery() {
  const { t, i18n } = useTranslation(WS);
  const [q, setQ] = useState("");
  const query = q.trim();
  const search = { q: query, page: 1, pageSize: 5 };
  const found = useQuery({ queryKey: catalogueKeys.search(search, i18n.language), queryFn: () => api.instruments(search), enabled: query.length > 0 });
  return (
    <section className="card" aria-labelledby="thesaurus-try">
      <h2 id="thesaurus-try">{t("thesaurus.tryTitle")}</h2>
      <label className="field">
        <span>{t("thesaurus.tryLabel")}</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="例: 表面の凹凸 / cracks in a coating" data-testid="thesaurus-try" />
      </label>
      {query && found.data && (
        <div aria-live="polite" data-testid="thesaurus-try-result">
          <p>{found.data.total === 0 ? t("thesaurus.tryNone", { q: query }) : t("thesaurus.tryFound", { count: found.data.total })}</p>
          <ol className="thesaurus-try-list">
            {found.data.items.map((instrument) => (
              <li key={instrument.id}>
                <strong>{instrument.name}</strong> <span className="muted">{instrument.categoryLabel} · {instrument.institution.name}</span>
                {instrument.match && <MatchReason match={instrument.match} />}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
