import { useTranslation } from "react-i18next";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { TermsText } from "./TermsText";
import { useAcceptTerms, useTerms } from "./use-terms";

/**
 * Shown where a company member is about to book: when the terms in force are not yet accepted, their text and the
 * button to accept them, in place. `accepted` tells the caller whether booking may go ahead.
 */
export function TermsGate() {
  const { t } = useTranslation();
  const terms = useTerms();
  const accept = useAcceptTerms();
  const current = terms.data;
  if (!current || (current.acceptedVersion ?? 0) >= current.version) return null;
  return (
    <section className="terms-gate card" aria-labelledby="terms-gate-title" data-testid="terms-gate">
      <h4 id="terms-gate-title">{t("company.terms.title")} · {t("company.terms.version", { version: current.version })}</h4>
      <p>{t("company.terms.mustAccept")}</p>
      <TermsText terms={current} compact />
      {accept.isError && <Alert kind="error">{errorMessage(accept.error, t)}</Alert>}
      <button type="button" className="button button-secondary" disabled={accept.isPending} onClick={() => accept.mutate(current.version)}>
        {t("company.terms.accept", { version: current.version })}
      </button>
    </section>
  );
}

/** Whether the signed-in user still has to accept the terms in force (false while unknown or when none exist). */
export function useTermsPending(): boolean {
  const terms = useTerms();
  return !!terms.data && (terms.data.acceptedVersion ?? 0) < terms.data.version;
}
