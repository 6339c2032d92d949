import { useEffect, useState } from "react";

/**
 * Copies `text`: the Clipboard API where the page may use it (HTTPS or localhost, permission granted), else the
 * older copy command on the selected field. False when neither worked; the field is then left selected.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (insecure origin, permission, focus): fall back to the selection.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export type CopyState = "idle" | "copied" | "manual";

/** Copy with a visible outcome: "copied" for a few seconds, or "manual" (select and press the keys) until the next try. */
export function useCopy(resetAfterMs = 5000): { state: CopyState; copy: (text: string, field: HTMLInputElement | null) => Promise<void> } {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), resetAfterMs);
    return () => clearTimeout(timer);
  }, [state, resetAfterMs]);
  const copy = async (text: string, field: HTMLInputElement | null) => {
    setState("idle");
    setState((await copyText(text, field)) ? "copied" : "manual");
  };
  return { state, copy };
}
