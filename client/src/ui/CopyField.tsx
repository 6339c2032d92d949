import { useRef } from "react";
import { useCopy } from "../lib/clipboard";

/** The words a copy field shows, in the caller's language. */
export interface CopyFieldTexts {
  copy: string;
  copied: string;
  copyManually: string;
}

/**
 * A value to hand on (a feed address, an initial password): a read-only field that selects itself, a copy
 * button, and a spoken outcome ("copied", or "select it and copy by hand" where the browser refuses). The caller
 * labels the field through `id`.
 */
export function CopyField({ id, value, texts, testId }: { id: string; value: string; texts: CopyFieldTexts; testId?: string }) {
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  return (
    <>
      <div className="copy-row">
        <input id={id} ref={field} type="text" readOnly value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
        <button type="button" className="button" onClick={() => void copy(value, field.current)}>{texts.copy}</button>
      </div>
      <p className={`copy-status copy-${state}`} role="status">
        {state === "copied" && texts.copied}
        {state === "manual" && texts.copyManually}
      </p>
    </>
  );
}
