import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AuditEvent } from "../../../../shared";
import { formatDate, formatTime } from "../../lib/format";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";

/** One audit event: when (in its institution's zone), where (for whoever sees several institutions), who, what, why. */
export function AuditRow({ event: e, showInstitution }: { event: AuditEvent; showInstitution: boolean }) {
  const { t } = useTranslation(WS);
  const { zone, zoneOf, nameOf, language } = useWorkspace();
  const at = e.institutionId === null ? zone : zoneOf(e.institutionId);
  const record = `${t(`audit.types.${e.entityType}`, { defaultValue: e.entityType })} #${e.entityId}`;
  return (
    <tr>
      <td className="nowrap small">{formatDate(e.at, at, language)} {formatTime(e.at, at, language)}</td>
      {showInstitution && <td className="small">{e.institutionId === null ? <span className="muted">—</span> : nameOf(e.institutionId)}</td>}
      <td>{e.actor ? <>{e.actor.name}<div className="muted small">{t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })}</div></> : <span className="muted">{t("audit.system")}</span>}</td>
      <td>
        {t(`audit.actions.${e.action.replace(/\./g, "_")}`, { defaultValue: e.action })}
        <div className="muted small">{e.entityType === "reservation" ? <Link to={`/reservations/${e.entityId}`}>{record}</Link> : record}</div>
      </td>
      <td>{e.reason ?? <span className="muted">—</span>}</td>
    </tr>
  );
}
