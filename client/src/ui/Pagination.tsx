import { useTranslation } from "react-i18next";
import { pageWindow } from "../lib/page-window";

interface PaginationProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/** Numbered pages with gaps (1 … 4 5 [6] 7 8 … 500), so any page of a long list is two clicks away. */
export function Pagination({ page, pageCount, onPage }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("catalogue.pagination")}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t("catalogue.previous")}
      </button>
      <ol>
        {pageWindow(page, pageCount).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true">…</li>
          ) : (
            <li key={p}>
              <button type="button" onClick={() => onPage(p)} aria-current={p === page ? "page" : undefined} aria-label={t("catalogue.page", { page: p })}>
                {p}
              </button>
            </li>
          ),
        )}
      </ol>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount}>
        {t("catalogue.next")}
      </button>
    </nav>
  );
}
