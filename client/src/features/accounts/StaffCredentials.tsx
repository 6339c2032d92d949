import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../ui/Alert";
import { CopyField } from "../../ui/CopyField";
import { WS } from "../../i18n/workspace";

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
      <CopyField id={id} value={issued.password} texts={{ copy: t("staffNew.copy"), copied: t("staffNew.copied"), copyManually: t("staffNew.copyManually") }} />
      <Alert kind="warning">{t("staffNew.onlyOnce")}</Alert>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onClose}>{t("staffNew.close")}</button>
      </div>
    </section>
  );
}
