import { useEffect, useId, useRef } from "react";
import { Alert } from "../../ui/Alert";
import { useCalendarTranslation } from "./i18n";

interface ConfirmPanelProps {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline "are you sure?" step that says what will happen; focus moves to its question. */
export function ConfirmPanel({ title, body, confirmLabel, danger, pending, error, onConfirm, onCancel }: ConfirmPanelProps) {
  const { t } = useCalendarTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className={`confirm-panel${danger ? " confirm-panel-danger" : ""}`} role="group" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>{title}</h4>
      <p>{body}</p>
      {error && <Alert kind="error">{error}</Alert>}
      <div className="button-row">
        <button type="button" className={`button ${danger ? "button-danger" : ""}`} disabled={pending} onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" className="button button-secondary" onClick={onCancel}>{t("keep")}</button>
      </div>
    </div>
  );
}
