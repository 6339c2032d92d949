import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert";
import { useCopy } from "../../lib/clipboard";
import { WS } from "../workspace/i18n";
import type { CreatedStaff } from "./AddStaffForm";

/**
 * A person's sign-in details, shown once right after adding them or resetting their password (`reset`): the server
 * keeps only a hash of the initial password, so once this panel is closed nobody can show it again.
 */
export function StaffCredentials({ created, reset = false, onClose }: { created: CreatedStaff; reset?: boolean; onClose: () => void }) {
  const { t } = useTranslation(WS);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card staff-credentials" aria-labelledby={`${id}-title`} data-testid="staff-credentials">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{t(reset ? "staffReset.doneTitle" : "staffNew.addedTitle", { name: created.member.name })}</h2>
      <p>{t(reset ? "staffReset.handOver" : "staffNew.handOver")}</p>
      <dl className="credentials">
        <dt>{t("staffNew.signInPage")}</dt>
        <dd>{`${window.location.origin}/login`}</dd>
        <dt>{t("staffNew.signInId")}</dt>
        <dd>{created.member.email}</dd>
      </dl>
      <label htmlFor={id} className="credentials-label">{t("staffNew.initialPassword")}</label>
      <div className="copy-row">
        <input id={id} ref={field} type="text" readOnly value={created.password} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy(created.password, field.current)}>{t("staffNew.copy")}</button>
      </div>
      <p className={`copy-status copy-${state}`} role="status">
        {state === "copied" && t("staffNew.copied")}
        {state === "manual" && t("staffNew.copyManually")}
      </p>
      <Alert kind="warning">{t("staffNew.onlyOnce")}</Alert>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onClose}>{t("staffNew.close")}</button>
      </div>
    </section>
  );
}
