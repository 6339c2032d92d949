import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/http";
import { errorMessage } from "../../../lib/error-message";
import { filesEn } from "./en";
import { filesJa } from "./ja";

/** The files feature's texts live in their own namespace, registered when the feature first renders. */
export const FILES_NS = "files";

function registerTexts(): void {
  if (!i18n.hasResourceBundle("en", FILES_NS)) i18n.addResourceBundle("en", FILES_NS, filesEn);
  if (!i18n.hasResourceBundle("ja", FILES_NS)) i18n.addResourceBundle("ja", FILES_NS, filesJa);
}

const TYPE_NAMES: Record<string, string> = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };

/** `t` for the files namespace, and `fileError` that says what went wrong with an upload in the reader's language. */
export function useFilesTranslation() {
  registerTexts();
  const { t, i18n: instance } = useTranslation(FILES_NS);
  const { t: tApp } = useTranslation();
  const fileError = (error: unknown): string => {
    const reason = error instanceof ApiError ? error.reason : undefined;
    if (!reason || !(reason in filesEn.errors)) return errorMessage(error, tApp);
    const details = (error as ApiError).details ?? {};
    const max = typeof details.maxBytes === "number" ? Math.round(details.maxBytes / 1024 / 1024) : "";
    const accepted = Array.isArray(details.accepted) ? details.accepted.map((type) => TYPE_NAMES[String(type)] ?? type).join(" / ") : "";
    return t(`errors.${reason}`, { max, accepted });
  };
  return { t, fileError, language: instance.resolvedLanguage ?? "ja" };
}
