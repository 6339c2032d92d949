import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { ReservationDetails } from "./ReservationDetails";
import { reservationKeys } from "../../api/query-keys";

/** Bookings waiting for approval, and held sessions of the last two weeks still to be recorded. */
export default function ApprovalsPage() {
  const { t } = useTranslation(WS);
  const { zoneOf, writable, language } = useWorkspace();
  usePageTitle(t("nav.approvals"));
  const [notice, setNotice] = useState<string | null>(null);
  const [recordNotice, setRecordNotice] = useState<string | null>(null);
  const now = DateTime.now();
  const pending = useQuery({ queryKey: reservationKeys.pending(language), queryFn: workspaceApi.pending });
  const toRecord = useQuery({
    queryKey: reservationKeys.toRecord(language),
    queryFn: () => workspaceApi.toRecord(now.minus({ days: 14 }).startOf("day").toISO()!, now.toISO()!),
  });
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("approvals.title")}</h1>
        <p className="muted">{t("approvals.intro")}</p>
      </div>
      <h2>{t("approvals.pending")} {pending.data && <span className="count">{pending.data.total}</span>}</h2>
      {notice && <FocusNotice key={notice} kind="success">{notice}</FocusNotice>}
      {pending.isPending && <Loading />}
      {pending.isError && <Alert kind="error">{errorMessage(pending.error, t)}</Alert>}
      {pending.data?.items.length === 0 && <p className="empty">{t("approvals.nonePending")}</p>}
      <div className="details-grid" data-testid="pending-list">
        {pending.data?.items.map((r) => <ReservationDetails key={r.id} reservation={r} zone={zoneOf(r.instrument.institutionId)} writable={writable} onDecided={setNotice} />)}
      </div>
      <h2>{t("approvals.toRecord")} {toRecord.data && <span className="count">{toRecord.data.total}</span>}</h2>
      <p className="muted">{t("approvals.toRecordIntro")}</p>
      {recordNotice && <FocusNotice key={recordNotice} kind="success">{recordNotice}</FocusNotice>}
      {toRecord.isError && <Alert kind="error">{errorMessage(toRecord.error, t)}</Alert>}
      {toRecord.data?.items.length === 0 && <p className="empty">{t("approvals.noneToRecord")}</p>}
      <div className="details-grid">
        {toRecord.data?.items.map((r) => <ReservationDetails key={r.id} reservation={r} zone={zoneOf(r.instrument.institutionId)} writable={writable} onDecided={setRecordNotice} />)}
      </div>
    </section>
  );
}
