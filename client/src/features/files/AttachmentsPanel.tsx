import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ACTIVE_RESERVATION_STATUSES, type Attachment, type ReservationStatus } from "../../../../shared";
import { filesApi } from "../../api/files";
import { attachmentKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { useFilesTranslation } from "./i18n";
import "./files.css";

interface Props {
  reservationId: number;
  status: ReservationStatus;
  /** The booking company adds files; staff only read them. */
  canAttach: boolean;
}

const ACCEPT = "application/pdf,image/png,image/jpeg,image/webp";

/** A file size in the reader's language (kB or MB). */
export function formatSize(bytes: number, language: string): string {
  const unit = bytes >= 1024 * 1024 ? "megabyte" : "kilobyte";
  const value = bytes / (unit === "megabyte" ? 1024 * 1024 : 1024);
  return new Intl.NumberFormat(language, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

/** A booking's files: listed with a download link for whoever may see them, added and removed by the company. */
export function AttachmentsPanel({ reservationId, status, canAttach }: Props) {
  const { t, fileError } = useFilesTranslation();
  const list = useQuery({ queryKey: attachmentKeys.of(reservationId), queryFn: () => filesApi.attachments(reservationId) });
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: number) => filesApi.removeAttachment(reservationId, id),
    onSuccess: () => { setDone(t("attachments.removed")); invalidate(client, attachmentKeys.of(reservationId)); },
  });
  const active = (ACTIVE_RESERVATION_STATUSES as readonly string[]).includes(status);
  const items = list.data ?? [];
  return (
    <section className="attachments-panel" aria-labelledby={`attachments-${reservationId}`} data-testid="attachments-panel">
      <h4 id={`attachments-${reservationId}`}>{t("attachments.title")}</h4>
      <p className="hint">{canAttach ? t("attachments.intro") : t("attachments.staffIntro")}</p>
      {list.isSuccess && items.length === 0 && <p className="muted">{t("attachments.none")}</p>}
      {list.isError && <Alert kind="error">{fileError(list.error)}</Alert>}
      {items.length > 0 && (
        <ul className="attachment-list">
          {items.map((item) => <AttachmentRow key={item.id} item={item} busy={remove.isPending} onRemove={() => { setDone(null); remove.mutate(item.id); }} />)}
        </ul>
      )}
      {remove.isError && <Alert kind="error">{fileError(remove.error)}</Alert>}
      {canAttach && active && <AttachForm reservationId={reservationId} onDone={(notice) => setDone(notice)} />}
      {canAttach && !active && <p className="muted">{t("attachments.closed")}</p>}
      {done && <Alert kind="success">{done}</Alert>}
    </section>
  );
}

function AttachmentRow({ item, busy, onRemove }: { item: Attachment; busy: boolean; onRemove: () => void }) {
  const { t, language } = useFilesTranslation();
  return (
    <li data-testid="attachment">
      <a href={filesApi.downloadUrl(item.reservationId, item.id)} download={item.fileName} aria-label={t("attachments.download", { name: item.fileName })}>{item.fileName}</a>
      <span className="muted"> {t("attachments.by", { size: formatSize(item.sizeBytes, language), name: item.uploadedBy.name })}</span>
      {item.deletable && (
        <button type="button" className="button-link" disabled={busy} onClick={onRemove} aria-label={t("attachments.remove", { name: item.fileName })}>×</button>
      )}
    </li>
  );
}

function AttachForm({ reservationId, onDone }: { reservationId: number; onDone: (notice: string) => void }) {
  const { t, fileError } = useFilesTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const attach = useMutation({
    mutationFn: (chosen: File) => filesApi.attach(reservationId, chosen),
    onSuccess: () => invalidate(client, attachmentKeys.of(reservationId)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setMissing(true);
    const form = event.currentTarget;
    attach.mutate(file, { onSuccess: () => { form.reset(); setFile(null); onDone(t("attachments.added")); } });
  };
  return (
    <form className="attach-form" onSubmit={submit} data-testid="attach-form">
      <label className="field">{t("attachments.file")}<input type="file" accept={ACCEPT} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setMissing(false); attach.reset(); }} /></label>
      {missing && <p className="field-error">{t("photos.chooseFile")}</p>}
      {attach.isError && <Alert kind="error">{fileError(attach.error)}</Alert>}
      <button type="submit" className="button button-secondary" disabled={attach.isPending}>{attach.isPending ? t("attachments.adding") : t("attachments.add")}</button>
    </form>
  );
}
