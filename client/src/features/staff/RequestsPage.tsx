import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { Reservation } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatRange } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { ReasonForm } from "../../ui/ReasonForm";
import { useWorkspace } from "../../lib/use-workspace";
import { handoverCandidates } from "./handover";
import { assistanceKeys, invalidate, scheduleKeys, staffKeys } from "../../api/query-keys";

const FILTERS = ["assigned", "unstaffed", "accepted"] as const;

/** Assistance requests: mine to accept or decline, the ones nobody could staff, and the accepted ones. */
export default function RequestsPage() {
  const { t } = useTranslation(WS);
  const { user, language } = useWorkspace();
  usePageTitle(t("nav.requests"));
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f === params.get("show")) ?? "assigned";
  const mine = user.role === "staff" && filter !== "unstaffed";
  const list = useQuery({ queryKey: assistanceKeys.list(filter, mine, language), queryFn: () => workspaceApi.assistance(filter, mine) });
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("requests.title")}</h1>
        <p className="muted">{t("requests.intro")}</p>
      </div>
      <div className="tabs" role="tablist" aria-label={t("requests.title")}>
        {FILTERS.map((f) => (
          <button key={f} type="button" role="tab" aria-selected={filter === f} onClick={() => setParams(f === "assigned" ? {} : { show: f })}>
            {t(`requests.filters.${f}${user.role === "staff" && f !== "unstaffed" ? "Mine" : ""}`)}
          </button>
        ))}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.length === 0 && <p className="empty">{t(`requests.empty.${filter}`)}</p>}
      <ul className="request-list">
        {list.data?.map((r) => <RequestCard key={r.id} reservation={r} />)}
      </ul>
    </section>
  );
}

function RequestCard({ reservation: r }: { reservation: Reservation }) {
  const { t } = useTranslation(WS);
  const { user, zoneOf, language, writable } = useWorkspace();
  const client = useQueryClient();
  const [mode, setMode] = useState<"idle" | "decline" | "reassign">("idle");
  const [target, setTarget] = useState("any");
  const refresh = () => {
    setMode("idle");
    invalidate(client, assistanceKeys.all, scheduleKeys.all);
  };
  const accept = useMutation({ mutationFn: () => workspaceApi.accept(r.id), onSuccess: refresh });
  const decline = useMutation({ mutationFn: (reason: string) => workspaceApi.decline(r.id, reason), onSuccess: refresh });
  const reassign = useMutation({ mutationFn: (reason: string) => workspaceApi.reassign(r.id, target === "any" ? undefined : Number(target), reason), onSuccess: refresh });
  const colleagues = useQuery({ queryKey: staffKeys.supporting(r.instrumentId), queryFn: () => workspaceApi.staffMembers({ instrumentId: r.instrumentId }), enabled: mode === "reassign" });
  const isMine = r.assignedStaffId !== null && r.assignedStaffId === user.staffMemberId;
  const isAdmin = user.role === "institution_admin";
  const error = accept.error ?? decline.error ?? reassign.error;
  return (
    <li className="card request-card" data-testid="request">
      <div className="request-main">
        <span className={`status status-assist-${r.assistance.status}`}>{t(`requests.statuses.${r.assistance.status}`)}</span>
        <h2 className="card-title">{r.company.name} · {t(`assistanceTypes.${r.assistance.type}`)}</h2>
        <p className="reservation-when">{formatRange(r.start, r.end, zoneOf(r.instrument.institutionId), language)} · {r.instrument.name}</p>
        <p>{r.purpose}</p>
        {r.assistance.note && <p className="muted">{t("details.note")}: {r.assistance.note}</p>}
        {r.assistance.staff && <p className="small">{t("requests.assignedTo", { name: r.assistance.staff.name })}</p>}
      </div>
      {writable && mode === "idle" && (
        <div className="button-row">
          {isMine && r.assistance.status === "assigned" && <button type="button" className="button button-small" disabled={accept.isPending} onClick={() => accept.mutate()}>{t("requests.accept")}</button>}
          {(isMine || isAdmin) && r.assistance.status !== "unstaffed" && <button type="button" className="button button-secondary button-small" onClick={() => setMode("decline")}>{t("requests.decline")}</button>}
          {(isMine || isAdmin || r.assistance.status === "unstaffed") && <button type="button" className="button button-secondary button-small" onClick={() => setMode("reassign")}>{r.assistance.status === "unstaffed" ? t("requests.staffIt") : t("requests.reassign")}</button>}
        </div>
      )}
      {mode === "decline" && (
        <ReasonForm label={t("requests.declineReason")} confirm={t("requests.declineConfirm")} required pending={decline.isPending} error={decline.error}
          onSubmit={(reason) => decline.mutate(reason)} onCancel={() => setMode("idle")} />
      )}
      {mode === "reassign" && (
        <div className="reassign">
          <label htmlFor={`reassign-${r.id}`}>{t("requests.reassignTo")}</label>
          <select id={`reassign-${r.id}`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="any">{t("timeOff.anyoneFree")}</option>
            {handoverCandidates(colleagues.data ?? [], r.assignedStaffId ?? -1, r, zoneOf(r.instrument.institutionId)).map(({ member, working }) => (
              <option key={member.id} value={member.id} disabled={!working}>{working ? member.name : t("timeOff.notWorking", { name: member.name })}{member.id === user.staffMemberId ? ` (${t("requests.me")})` : ""}</option>
            ))}
          </select>
          <ReasonForm label={t("requests.reassignReason")} confirm={t("requests.reassignConfirm")} pending={reassign.isPending} error={reassign.error}
            onSubmit={(reason) => reassign.mutate(reason)} onCancel={() => setMode("idle")} />
        </div>
      )}
      {mode === "idle" && error && <Alert kind="error">{errorMessage(error, t)}</Alert>}
    </li>
  );
}
