import { useId, type ReactElement, cloneElement } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../lib/form-errors";

interface FieldProps {
  label: string;
  hint?: string;
  error?: FieldError;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and error wired up through aria attributes. */
export function Field({ label, hint, error, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {t(`validation.${error.key}`, error.values)}
        </p>
      )}
    </div>
  );
}
