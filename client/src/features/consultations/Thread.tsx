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
import { useSession } from "../../lib/use-session";
import { FileList, FilePicker, fileProblems, useUploadFiles } from "./ConsultationFiles";

/** The messages between the company, the institution's staff and the coordinator, each with its files, and the reply box. */
export function Thread({ c }: { c: Consultation }) {
  const { t, i18n } = useTranslation(CONSULT);
  return (
    <section className="card" aria-labelledby="thread-title">
      <h2 id="thread-title">{t("consult.detail.thread")}</h2>
      {c.messages.length === 0 && <p className="muted">{t("consult.detail.noMessages")}</p>}
      <ol className="thread" data-testid="thread">
        {c.messages.map((m) => (
          <li key={m.id} className={`message message-${m.author.side}`} data-testid="message">
            <p className="small"><strong>{m.author.name}</strong> ({t(`consult.detail.side.${m.author.side}`)}) <span className="muted">{formatDate(m.createdAt, "Asia/Tokyo", i18n.resolvedLanguage ?? "ja")}</span></p>
            <p className="pre-wrap">{m.body}</p>
            <FileList consultationId={c.id} files={m.attachments} label={t("consult.files.messageFiles")} />
          </li>
        ))}
      </ol>
      {c.can.message && <ReplyForm c={c} />}
    </section>
  );
}

/** A message, then the files chosen with it, attached to that message. */
function ReplyForm({ c }: { c: Consultation }) {
  const { t } = useTranslation(CONSULT);
  const client = useQueryClient();
  const { data: user } = useSession();
  const upload = useUploadFiles();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [picker, setPicker] = useState(0);
  const [notAttached, setNotAttached] = useState<string[]>([]);
  const send = useMutation({
    mutationFn: async () => {
      const updated = await consultationsApi.message(c.id, body);
      const sent = updated.messages.filter((m) => m.author.userId === user?.id).at(-1);
      return { updated, failed: sent && files.length > 0 ? await upload(c.id, files, sent.id) : [] };
    },
    onSuccess: ({ updated, failed }) => {
      client.setQueryData(consultationKeys.detail(c.id), updated);
      invalidate(client, consultationKeys.all);
      setBody("");
      setFiles([]);
      setPicker((n) => n + 1);
      setNotAttached(failed);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotAttached([]);
    if (fileProblems(files, t).length === 0) send.mutate();
  };
  return (
    <form onSubmit={submit} className="form" data-testid="reply-form">
      {send.isError && <Alert kind="error">{errorMessage(send.error, t)}</Alert>}
      {notAttached.length > 0 && <Alert kind="error">{t("consult.files.sentWithout")}<ul>{notAttached.map((line) => <li key={line}>{line}</li>)}</ul></Alert>}
      <Field label={t("consult.message.label")}><textarea required rows={3} maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} /></Field>
      <FilePicker key={picker} files={files} onChange={setFiles} label={t("consult.files.replyFiles")} />
      <button type="submit" className="button" disabled={send.isPending}>{t("consult.message.send")}</button>
    </form>
  );
}
