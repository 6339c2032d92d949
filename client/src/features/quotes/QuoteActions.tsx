import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { QuoteView } from "../../../../shared/schemas/quotes";
import { quotesApi } from "../../api/quotes";
import { consultationKeys, quoteKeys } from "../../api/query-keys";
import { errorMessage } from "../../lib/error-message";
import { Alert } from "../../ui/Alert";
import { useQuotesTranslation } from "./i18n";

const ASSISTANCE = { self: "none", operation: "operation", training: "training" } as const;

/** The company's answer to an open quote (accept, decline with a reason), and "book this session" once accepted. */
export function QuoteActions({ quote }: { quote: QuoteView }) {
  const { t, language } = useQuotesTranslation();
  const client = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const done = () => Promise.all([
    client.invalidateQueries({ queryKey: quoteKeys.ofConsultation(quote.consultationId) }),
    client.invalidateQueries({ queryKey: consultationKeys.detail(quote.consultationId) }),
  ]);
  const accept = useMutation({ mutationFn: () => quotesApi.accept(quote.consultationId, quote.id), onSuccess: done });
  const decline = useMutation({ mutationFn: () => quotesApi.decline(quote.consultationId, quote.id, reason), onSuccess: done });
  const error = accept.error ?? decline.error;
  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) decline.mutate();
  };
  const names = new Map(quote.lines.flatMap((l) => (l.instrument ? [[l.instrument.id, language === "en" ? l.instrument.nameEn : l.instrument.nameJa] as const] : [])));
  return (
    <div className="quote-actions no-print">
      {error && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      {quote.status === "issued" && (
        <>
          <button type="button" className="button" onClick={() => accept.mutate()} disabled={accept.isPending}>{t("accept")}</button>
          {!declining && <button type="button" className="button-link" onClick={() => setDeclining(true)}>{t("decline")}</button>}
          {declining && (
            <form onSubmit={submitDecline} className="quote-decline">
              <label htmlFor={`decline-${quote.id}`}>{t("declineReasonLabel")}</label>
              <textarea id={`decline-${quote.id}`} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />
              <button type="submit" className="button" disabled={decline.isPending}>{t("sendDecline")}</button>
            </form>
          )}
        </>
      )}
      {quote.status === "accepted" && (
        <ul className="quote-book">
          {quote.sessions.filter((s) => s.remainingHours > 0).map((s) => (
            <li key={`${s.instrumentId}-${s.usageMode}`}>
              <Link to={`/instruments/${s.instrumentId}?quote=${quote.id}&mode=${ASSISTANCE[s.usageMode]}&minutes=${Math.round(s.remainingHours * 60)}`}>
                {t("book", { instrument: names.get(s.instrumentId) ?? "", mode: t(`mode.${s.usageMode}`), hours: s.remainingHours })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
