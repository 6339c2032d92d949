import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Consultation } from "../../../../shared/schemas/consultations";
import { consultationsApi } from "../../api/consultations";
import { consultationKeys, invalidate } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";

/** The messages between the company, the institution's staff and the coordinator, and the reply box. */
export function Thread({ c }: { c: Consultation }) {
  const { t, i18n } = useTranslation(CONSULT);
  const client = useQueryClient();
  const [body, setBody] = useState("");
  const send = useMutation({
    mutationFn: () => consultationsApi.message(c.id, body),
    onSuccess: (updated) => {
      client.setQueryData(consultationKeys.detail(c.id), updated);
      invalidate(client, consultationKeys.all);
      setBody("");
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <section className="card" aria-labelledby="thread-title">
      <h2 id="thread-title">{t("consult.detail.thread")}</h2>
      {c.messages.length === 0 && <p className="muted">{t("consult.detail.noMessages")}</p>}
      <ol className="thread" data-testid="thread">
        {c.messages.map((m) => (
          <li key={m.id} className={`message message-${m.author.side}`} data-testid="message">
            <p className="small"><strong>{m.author.name}</strong> ({t(`consult.detail.side.${m.author.side}`)}) <span className="muted">{formatDate(m.createdAt, "Asia/Tokyo", i18n.resolvedLanguage ?? "ja")}</span></p>
            <p className="pre-wrap">{m.body}</p>
          </li>
        ))}
      </ol>
      {c.can.message && (
        <form onSubmit={submit} className="form">
          {send.isError && <Alert kind="error">{errorMessage(send.error, t)}</Alert>}
          <Field label={t("consult.message.label")}><textarea required rows={3} maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} /></Field>
          <button type="submit" className="button" disabled={send.isPending}>{t("consult.message.send")}</button>
        </form>
      )}
    </section>
  );
}
