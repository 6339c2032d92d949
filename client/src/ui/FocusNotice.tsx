import { useEffect, useRef, type ReactNode } from "react";

/**
 * The result of an action, taking focus when it appears so keyboard and screen-reader users land on it
 * (give it a new `key` to announce a new result). Errors are alerts, the rest statuses.
 */
export function FocusNotice({ kind, children }: { kind: "error" | "success" | "info"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className={`alert alert-${kind} focus-notice`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
