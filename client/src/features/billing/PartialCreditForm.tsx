import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { InvoiceView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatYen } from "../../lib/format";
import { useBillingTranslation } from "./i18n";

type Choice = { chosen: boolean; amount: string };

/**
 * The admin credits chosen lines of an issued invoice (返還インボイス), each for its remaining amount or less (yen, tax
 * excluded); the server issues the credit note at once and `onCreated` opens it.
 */
export function PartialCreditForm({ invoice, onCreated }: { invoice: InvoiceView; onCreated: (creditNoteId: number) => void }) {
  const { t, language } = useBillingTranslation();
  const client = useQueryClient();
  const open = invoice.lines.map((line, position) => ({ line, position, left: line.amount - line.credited })).filter((l) => l.left > 0);
  const [choices, setChoices] = useState<Record<number, Choice>>(() => Object.fromEntries(open.map((l) => [l.position, { chosen: false, amount: String(l.left) }])));
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const choose = (position: number, patch: Partial<Choice>) => setChoices({ ...choices, [position]: { ...choices[position], ...patch } });
  const credit = useMutation({
    mutationFn: (lines: { position: number; amount: number }[]) => billingApi.credit(invoice.id, { reason, lines }),
    onSuccess: (data) => { invalidate(client, billingKeys.all); onCreated(data.invoice.id); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lines = open.filter((l) => choices[l.position].chosen).map((l) => ({ position: l.position, amount: Number(choices[l.position].amount) }));
    setMissing(lines.length === 0);
    if (lines.length > 0) credit.mutate(lines);
  };
  if (open.length === 0) return null;
  return (
    <details className="issuer-settings no-print" data-testid="partial-credit">
      <summary>{t("credit.title")}</summary>
      <p className="muted">{t("credit.intro")}</p>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>{t("credit.lines")}</legend>
          {open.map(({ line, position, left }) => (
            <div key={position} className="billing-tools">
              <label>
                <input type="checkbox" checked={choices[position].chosen} onChange={(e) => choose(position, { chosen: e.target.checked })} />{" "}
                {line.description} ({t("credit.left", { amount: formatYen(left, language) })})
              </label>
              <label>
                <span>{t("credit.amount", { description: line.description })}</span>{" "}
                <input type="number" min={1} max={left} step={1} required={choices[position].chosen} disabled={!choices[position].chosen} value={choices[position].amount} onChange={(e) => choose(position, { amount: e.target.value })} />
              </label>
            </div>
          ))}
        </fieldset>
        <label className="wide"><span>{t("runs.creditReason")}</span> <input required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
        <button type="submit" className="button button-small" disabled={credit.isPending}>{t("credit.submit")}</button>
      </form>
      {missing && <Alert kind="error">{t("credit.none")}</Alert>}
      {credit.isError && <Alert kind="error">{errorMessage(credit.error, t)}</Alert>}
    </details>
  );
}
