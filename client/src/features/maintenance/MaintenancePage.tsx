import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Blackout } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatRange } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useConfirm } from "../../ui/ConfirmDialog";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { isoToLocalInput, localInputToIso } from "../../lib/zoned-input";
import { BlackoutForm } from "./BlackoutForm";
import { ClosuresPanel } from "./ClosuresPanel";
import { blackoutKeys, facilityInstrumentKeys, invalidate } from "../../api/query-keys";

/** Maintenance and closure windows (with the bookings they hit) and the institution's closure days. */
export default function MaintenancePage() {
  const { t } = useTranslation(WS);
  const { user, zone, language, writable } = useWorkspace();
  usePageTitle(t("nav.maintenance"));
  const from = DateTime.now().startOf("day").toUTC().toISO()!;
  const blackouts = useQuery({ queryKey: blackoutKeys.from(from), queryFn: () => workspaceApi.blackouts({ from }) });
  const instruments = useQuery({
    queryKey: facilityInstrumentKeys.list(user.institutionId, false, language),
    queryFn: () => workspaceApi.instruments({ institutionId: user.institutionId ?? undefined }),
  });
  const nameOf = (id: number | null) => (id === null ? t("maintenance.wholeInstitution") : instruments.data?.items.find((i) => i.id === id)?.name ?? `#${id}`);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("maintenance.title")}</h1>
        <p className="muted">{t("maintenance.intro", { zone })}</p>
      </div>
      <div className="two-columns">
        <div>
          {writable && <BlackoutForm instruments={instruments.data?.items ?? []} zone={zone} language={language} />}
          <section className="card" aria-labelledby="windows-title">
            <h2 id="windows-title">{t("maintenance.upcoming")}</h2>
            {blackouts.isPending && <Loading />}
            {blackouts.isError && <Alert kind="error">{errorMessage(blackouts.error, t)}</Alert>}
            {blackouts.data?.length === 0 && <p className="muted">{t("maintenance.noWindows")}</p>}
            <ul className="plain-list" data-testid="blackouts">
              {blackouts.data?.map((b) => <BlackoutRow key={b.id} blackout={b} name={nameOf(b.instrumentId)} zone={zone} language={language} writable={writable} />)}
            </ul>
          </section>
        </div>
        {user.institutionId !== null && <ClosuresPanel institutionId={user.institutionId} writable={writable} />}
      </div>
    </section>
  );
}

function BlackoutRow({ blackout: b, name, zone, language, writable }: { blackout: Blackout; name: string; zone: string; language: string; writable: boolean }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [moving, setMoving] = useState(false);
  const confirm = useConfirm();
  const [start, setStart] = useState(isoToLocalInput(b.start, zone));
  const [end, setEnd] = useState(isoToLocalInput(b.end, zone));
  const refresh = () => { setMoving(false); invalidate(client, blackoutKeys.all); };
  const move = useMutation({ mutationFn: () => workspaceApi.moveBlackout(b.id, { start: localInputToIso(start, zone) ?? "", end: localInputToIso(end, zone) ?? "" }), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => workspaceApi.deleteBlackout(b.id), onSuccess: refresh });
  return (
    <li className="blackout-row">
      {confirm.dialog}
      <div>
        <span className={`badge badge-${b.kind}`}>{t(`blackoutKinds.${b.kind}`)}</span> <strong>{name}</strong>
        <div className="small">{formatRange(b.start, b.end, zone, language)}{b.reason ? ` · ${b.reason}` : ""}</div>
      </div>
      {writable && !moving && (
        <div className="button-row">
          <button type="button" className="button-link" onClick={() => setMoving(true)}>{t("maintenance.move")}</button>
          <button type="button" className="button-link" aria-label={`${t("common.delete")}: ${name}, ${formatRange(b.start, b.end, zone, language)}`}
            onClick={() => confirm.ask({ title: t("maintenance.confirmDelete", { kind: t(`blackoutKinds.${b.kind}`), name, when: formatRange(b.start, b.end, zone, language) }), confirmLabel: t("common.delete"), onConfirm: () => remove.mutate() })}>{t("common.delete")}</button>
        </div>
      )}
      {moving && (
        <div className="move-form">
          <input type="datetime-local" aria-label={t("maintenance.start")} value={start} onChange={(e) => setStart(e.target.value)} />
          <input type="datetime-local" aria-label={t("maintenance.end")} value={end} onChange={(e) => setEnd(e.target.value)} />
          <button type="button" className="button button-small" disabled={move.isPending} onClick={() => move.mutate()}>{t("maintenance.saveMove")}</button>
          <button type="button" className="button-link" onClick={() => setMoving(false)}>{t("common.back")}</button>
        </div>
      )}
      {(move.isError || remove.isError) && <Alert kind="error">{errorMessage(move.error ?? remove.error, t)}</Alert>}
    </li>
  );
}
