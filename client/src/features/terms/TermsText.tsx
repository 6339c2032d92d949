import { useTranslation } from "react-i18next";
import type { Terms } from "../../../../shared";

/** The terms in the page's language, one paragraph per line, in a box that scrolls when long. */
export function TermsText({ terms, compact = false }: { terms: Terms; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = i18n.resolvedLanguage === "en" ? terms.textEn : terms.textJa;
  return (
    <div className={`terms-text${compact ? " terms-text-compact" : ""}`} tabIndex={compact ? 0 : undefined} role={compact ? "region" : undefined} aria-label={compact ? t("company.terms.title") : undefined}>
      {text.split("\n").map((line, index) => <p key={index}>{line}</p>)}
    </div>
  );
}
