import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReservationSummary } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatRange } from "../../lib/format";
import { WS } from "../../i18n/workspace";
import { ReasonForm } from "../../ui/ReasonForm";
import { handoverCandidates } from "./handover";
import { invalidate, scheduleKeys, staffKeys } from "../../api/query-keys";

interface Props {
  assignments: ReservationSummary[];
  myStaffId: number;
  zone: string;
}

/** Assignments to hand over before the time off can be taken: each to a colleague, to whoever is free, or released to the company. */
export function HandoverList({ assignments, myStaffId, zone }: Props) {
  const { t } = useTranslation(WS);
  const [done, setDone] = useState<Record<number, { text: string; staffed: boolean }>>({});
  return (
    <div className="handover" data-testid="handover">
      <Alert kind="warning">{t("timeOff.collides", { count: assignments.length })}</Alert>
      <ul className="handover-list">
        {assignments.map((a) => (
          <HandoverRow key={a.id} assignment={a} myStaffId={myStaffId} zone={zone} done={done[a.id]} onDone={(outcome) => setDone((d) => ({ ...d, [a.id]: outcome }))} />
        ))}
      </ul>
      {assignments.every((a) => done[a.id]) && <Alert kind="info">{t("timeOff.allHandedOver")}</Alert>}
    </div>
  );
}

function HandoverRow({ assignment: a, myStaffId, zone, done, onDone }: { assignment: ReservationSummary; myStaffId: number; zone: string; done?: { text: string; staffed: boolean }; onDone: (outcome: { text: string; staffed: boolean }) => void }) {
  const { t, i18n } = useTranslation(WS);
  const client = useQueryClient();
  const colleagues = useQuery({ queryKey: staffKeys.supporting(a.instrumentId), queryFn: () => workspaceApi.staffMembers({ instrumentId: a.instrumentId }) });
  const [choice, setChoice] = useState("any");
  const [releasing, setReleasing] = useState(false);
  const refresh = () => invalidate(client, scheduleKeys.all);
  const reassign = useMutation({
    mutationFn: () => workspaceApi.reassign(a.id, choice === "any" ? undefined : Number(choice), t("timeOff.handoverReason")),
    onSuccess: (r) => { refresh(); onDone(r.assistance.staff ? { text: t("timeOff.handedTo", { name: r.assistance.staff.name }), staffed: true } : { text: t("timeOff.unstaffed"), staffed: false }); },
  });
  const release = useMutation({
    mutationFn: (reason: string) => workspaceApi.cancel(a.id, reason),
    onSuccess: () => { refresh(); onDone({ text: t("timeOff.released"), staffed: false }); },
  });
  const candidates = handoverCandidates(colleagues.data ?? [], myStaffId, a, zone);
  return (
    <li className="handover-row">
      <div>
        <strong>{a.companyName}</strong> · {a.instrumentName} · {t(`assistanceTypes.${a.assistanceType}`)}
        <div className="muted small">{formatRange(a.start, a.end, zone, i18n.resolvedLanguage ?? "ja")}</div>
      </div>
      {done ? (
        <p className={done.staffed ? "handover-done" : "handover-warning"}>{done.staffed ? "✓ " : "! "}{done.text}</p>
      ) : releasing ? (
        <ReasonForm label={t("timeOff.releaseReason")} confirm={t("timeOff.releaseConfirm")} required danger pending={release.isPending} error={release.error}
          onSubmit={(reason) => release.mutate(reason)} onCancel={() => setReleasing(false)} />
      ) : (
        <div className="handover-actions">
          <label className="visually-hidden" htmlFor={`handover-${a.id}`}>{t("timeOff.handTo")}</label>
          <select id={`handover-${a.id}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="any">{t("timeOff.anyoneFree")}</option>
            {candidates.map(({ member, working }) => <option key={member.id} value={member.id} disabled={!working}>{working ? member.name : t("timeOff.notWorking", { name: member.name })}</option>)}
          </select>
          <button type="button" className="button button-small" disabled={reassign.isPending} onClick={() => reassign.mutate()}>{t("timeOff.handOver")}</button>
          <button type="button" className="button-link" onClick={() => setReleasing(true)}>{t("timeOff.release")}</button>
          {reassign.isError && <Alert kind="error">{errorMessage(reassign.error, t)}</Alert>}
        </div>
      )}
    </li>
  );
}
