import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface ConfirmRequest {
  title: string;
  body?: string;
  confirmLabel: string;
  onConfirm: () => void;
}

interface ConfirmDialogProps {
  request: ConfirmRequest | null;
  onClose: () => void;
}

/**
 * Asks before a destructive action, in a modal <dialog>: focus starts on "go back" (the safe choice), Tab stays in the
 * dialog, Escape closes it, and focus returns to the button that opened it.
 */
export function ConfirmDialog({ request, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = request !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
      keep.current?.focus();
    } else if (!open && element.open) {
      if (typeof element.close === "function") element.close();
      else element.removeAttribute("open");
      if (opener.current?.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={request?.body ? `${id}-body` : undefined}
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      {request && (
        <>
          <h2 id={`${id}-title`}>{request.title}</h2>
          {request.body && <p id={`${id}-body`}>{request.body}</p>}
          <div className="button-row">
            <button type="button" ref={keep} className="button button-secondary" onClick={onClose}>{t("app.confirmDialog.keep")}</button>
            <button type="button" className="button button-danger" onClick={() => { request.onConfirm(); onClose(); }}>{request.confirmLabel}</button>
          </div>
        </>
      )}
    </dialog>
  );
}

/** `ask(request)` opens the confirmation; render `dialog` once in the component. */
export function useConfirm(): { ask: (request: ConfirmRequest) => void; dialog: ReactNode } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  return { ask: setRequest, dialog: <ConfirmDialog request={request} onClose={() => setRequest(null)} /> };
}
