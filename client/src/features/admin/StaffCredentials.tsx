import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert";
import { useCopy } from "../../lib/clipboard";
import { WS } from "../workspace/i18n";

/** Someone's sign-in and the initial password just set for it, to hand over. */
export interface IssuedPassword {
  person: { name: string; email: string };
  password: string;
}

/**
 * A person's sign-in details, shown once right after adding a staff member or resetting anyone's password
 * (`reset`): the server keeps only a hash of the initial password, so once this panel is closed nobody can show it
 * again.
 */
export function StaffCredentials({ issued, reset = false, onClose }: { issued: IssuedPassword; reset?: boolean; onClose: () => void }) {
  const { t } = useTranslation(WS);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card staff-credentials" aria-labelledby={`${id}-title`} data-testid="staff-credentials">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{t(reset ? "staffReset.doneTitle" : "staffNew.addedTitle", { name: issued.person.name })}</h2>
      <p>{t(reset ? "staffReset.handOver" : "staffNew.handOver")}</p>
      <dl className="credentials">
        <dt>{t("staffNew.signInPage")}</dt>
        <dd>{`${window.location.origin}/login`}</dd>
        <dt>{t("staffNew.signInId")}</dt>
        <dd>{issued.person.email}</dd>
      </dl>
      <label htmlFor={id} className="credentials-label">{t("staffNew.initialPassword")}</label>
      <div className="copy-row">
        <input id={id} ref={field} type="text" readOnly value={issued.password} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy(issued.password, field.current)}>{t("staffNew.copy")}</button>
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
