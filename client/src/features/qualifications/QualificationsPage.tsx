import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Qualification } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { ReasonForm } from "../../ui/ReasonForm";
import { useWorkspace } from "../../lib/use-workspace";
import { facilityInstrumentKeys, invalidate, qualificationKeys } from "../../api/query-keys";
import { GrantForm } from "./GrantForm";

/** Self-use qualifications granted after training: grant (optionally until a date) and revoke. */
export default function QualificationsPage() {
  const { t } = useTranslation(WS);
  const { user, zone, language, writable } = useWorkspace();
  usePageTitle(t("nav.qualifications"));
  const [showInvalid, setShowInvalid] = useState(false);
  const list = useQuery({ queryKey: qualificationKeys.list(showInvalid, language), queryFn: () => workspaceApi.qualifications({ includeInvalid: showInvalid }) });
  const instruments = useQuery({
    queryKey: facilityInstrumentKeys.list(user.institutionId, false, language),
    queryFn: () => workspaceApi.instruments({ institutionId: user.institutionId ?? undefined }),
    enabled: writable,
  });
  const selfUse = instruments.data?.items.filter((i) => i.usageModes.selfUse) ?? [];
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("qualifications.title")}</h1>
        <p className="muted">{t("qualifications.intro")}</p>
      </div>
      {writable && <GrantForm instruments={selfUse} zone={zone} />}
      <div className="list-head">
        <h2>{t("qualifications.list")}</h2>
        <label className="choice choice-compact">
          <input type="checkbox" checked={showInvalid} onChange={(e) => setShowInvalid(e.target.checked)} />
          <span>{t("qualifications.showInvalid")}</span>
        </label>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.length === 0 && <p className="empty">{t("qualifications.none")}</p>}
      {list.data && list.data.length > 0 && (
        <table className="data-table" data-testid="qualifications">
          <thead>
            <tr><th>{t("qualifications.person")}</th><th>{t("qualifications.instrument")}</th><th>{t("qualifications.granted")}</th><th>{t("qualifications.expires")}</th><th>{t("qualifications.state")}</th><th /></tr>
          </thead>
          <tbody>{list.data.map((q) => <QualificationRow key={q.id} q={q} zone={zone} language={language} writable={writable} />)}</tbody>
        </table>
      )}
    </section>
  );
}

function QualificationRow({ q, zone, language, writable }: { q: Qualification; zone: string; language: string; writable: boolean }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [revoking, setRevoking] = useState(false);
  const revoke = useMutation({ mutationFn: (reason: string) => workspaceApi.revoke(q.id, reason), onSuccess: () => invalidate(client, qualificationKeys.all) });
  const state = q.valid ? "valid" : q.revokedAt ? "revoked" : "expired";
  return (
    <tr>
      <td><strong>{q.userName}</strong><div className="muted small">{q.companyName ?? q.userEmail}</div></td>
      <td>{q.instrumentName}</td>
      <td>{formatDate(q.grantedAt, zone, language)}</td>
      <td>{q.expiresAt ? formatDate(q.expiresAt, zone, language) : t("qualifications.noExpiry")}</td>
      <td><span className={`badge badge-${state}`}>{t(`qualifications.states.${state}`)}</span>{q.revokeReason && <div className="muted small">{q.revokeReason}</div>}</td>
      <td>
        {writable && q.valid && !revoking && <button type="button" className="button-link" onClick={() => setRevoking(true)}>{t("qualifications.revoke")}</button>}
        {revoking && <ReasonForm label={t("qualifications.revokeReason")} confirm={t("qualifications.revokeConfirm")} required danger pending={revoke.isPending} error={revoke.error} onSubmit={(r) => revoke.mutate(r)} onCancel={() => setRevoking(false)} />}
      </td>
    </tr>
  );
}
