import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { LIMITS } from "../../../../shared/limits";
import type { ConsultationAttachment } from "../../../../shared/schemas/consultation-files";
import { ATTACHMENT_TYPES } from "../../../../shared/schemas/files";
import { filesApi } from "../../api/files";
import { ApiError } from "../../api/http";
import { consultationKeys, invalidate } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { formatSize, useFilesTranslation } from "../files";

const ACCEPT = ATTACHMENT_TYPES.join(",");
const MAX_MB = Math.round(LIMITS.attachmentMaxBytes / 1024 / 1024);

/** What went wrong with one file, in the reader's language (the consultation's own limits, else the upload's). */
function useFileError() {
  const { t } = useTranslation(CONSULT);
  const { fileError } = useFilesTranslation();
  return (error: unknown): string => {
    const reason = error instanceof ApiError ? error.reason : undefined;
    if (reason === "too_many_attachments") return t("consult.files.tooMany", { max: LIMITS.attachmentsPerConsultation });
    if (reason === "consultation_closed") return t("consult.files.closed");
    return fileError(error);
  };
}

/** A consultation's files, each with a download link; whoever added one removes it while the request is open. */
export function FileList({ consultationId, files, label }: { consultationId: number; files: ConsultationAttachment[]; label: string }) {
  const { t, i18n } = useTranslation(CONSULT);
  const client = useQueryClient();
  const describe = useFileError();
  const remove = useMutation({
    mutationFn: (attachmentId: number) => filesApi.removeConsultationFile(consultationId, attachmentId),
    onSuccess: () => invalidate(client, consultationKeys.detail(consultationId)),
  });
  if (files.length === 0) return null;
  return (
    <>
      <ul className="attachment-list" aria-label={label} data-testid="consultation-files">
        {files.map((file) => (
          <li key={file.id} data-testid="consultation-file">
            <a href={filesApi.consultationFileUrl(consultationId, file.id)} download={file.fileName} aria-label={t("consult.files.download", { name: file.fileName })}>{file.fileName}</a>
            <span className="muted small"> {formatSize(file.sizeBytes, i18n.resolvedLanguage ?? "ja")} · {file.uploadedBy.name}</span>
            {file.deletable && (
              <button type="button" className="button-link" disabled={remove.isPending} onClick={() => remove.mutate(file.id)} aria-label={t("consult.files.remove", { name: file.fileName })}>×</button>
            )}
          </li>
        ))}
      </ul>
      {remove.isError && <Alert kind="error">{describe(remove.error)}</Alert>}
    </>
  );
}

/** What is wrong with chosen files before sending them: a type the server refuses or a size over the limit. */
export function fileProblems(files: File[], t: TFunction): string[] {
  return files.flatMap((file) => {
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return [t("consult.files.wrongType", { name: file.name })];
    if (file.size > LIMITS.attachmentMaxBytes) return [t("consult.files.tooLarge", { name: file.name, max: MAX_MB })];
    return [];
  });
}

/**
 * Files to send with a need or a message, checked here for type and size so most mistakes show before anything is
 * sent. Give it a new `key` to clear it.
 */
export function FilePicker({ files, onChange, label }: { files: File[]; onChange: (files: File[]) => void; label: string }) {
  const { t } = useTranslation(CONSULT);
  const id = useId();
  const problems = fileProblems(files, t);
  return (
    <div className={`field${problems.length ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>{t("consult.files.hint", { max: MAX_MB, limit: LIMITS.attachmentsPerConsultation })}</p>
      <input
        id={id} type="file" multiple accept={ACCEPT} onChange={(e) => onChange([...(e.target.files ?? [])])}
        aria-invalid={problems.length ? true : undefined} aria-describedby={problems.length ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {problems.length > 0 && <ul className="field-error" id={`${id}-error`}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
    </div>
  );
}

/** Uploads files one after another (with `messageId`, to that message); answers a line for each that failed. */
export function useUploadFiles() {
  const { t } = useTranslation(CONSULT);
  const describe = useFileError();
  return async (consultationId: number, files: File[], messageId?: number): Promise<string[]> => {
    const failed: string[] = [];
    for (const file of files) {
      try {
        await filesApi.attachToConsultation(consultationId, file, messageId);
      } catch (error) {
        failed.push(t("consult.files.failed", { name: file.name, reason: describe(error) }));
      }
    }
    return failed;
  };
}
