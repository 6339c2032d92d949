import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ReservationSummarySchema } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { WeeklyHoursEditor } from "../../ui/WeeklyHoursEditor";
import { checkRows, fromRows, toRows, type WeekRows } from "../../ui/weekly-hours-form";
import { TimeOffPanel } from "./TimeOffPanel";
import { invalidate, scheduleKeys, staffKeys } from "../../api/query-keys";

/** My working hours (weekly pattern) and time off. */
export default function HoursPage() {
  const { t } = useTranslation(WS);
  const { user, zone, language } = useWorkspace();
  const staffId = user.staffMemberId!;
  usePageTitle(t("nav.hours"));
  const client = useQueryClient();
  const member = useQuery({ queryKey: staffKeys.member(staffId), queryFn: () => workspaceApi.staffMember(staffId) });
  const [rows, setRows] = useState<WeekRows | null>(null);
  useEffect(() => {
    if (member.data && !rows) setRows(toRows(member.data.workingHours));
  }, [member.data, rows]);
  const errors = rows ? checkRows(rows) : {};
  const save = useMutation({
    mutationFn: (next: WeekRows) => workspaceApi.updateStaffMember(staffId, { workingHours: fromRows(next) }),
    onSuccess: (updated) => {
      client.setQueryData(staffKeys.member(staffId), updated);
      invalidate(client, scheduleKeys.all);
    },
  });
  const stranded = save.error instanceof ApiError ? z.array(ReservationSummarySchema).safeParse(save.error.details?.assignments) : null;

  if (member.isPending || !rows) return <Loading />;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("hours.title")}</h1>
        <p className="muted">{t("hours.intro", { zone })}</p>
      </div>
      <div className="two-columns">
        <section className="card" aria-labelledby="hours-title">
          <h2 id="hours-title">{t("hours.working")}</h2>
          <WeeklyHoursEditor label={t("hours.working")} rows={rows} errors={errors} onChange={(next) => { setRows(next); save.reset(); }} />
          {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
          {stranded?.success && stranded.data.length > 0 && <AffectedList items={stranded.data} zone={zone} language={language} />}
          {save.isSuccess && <Alert kind="success">{t("hours.saved")}</Alert>}
          <div className="button-row">
            <button type="button" className="button" disabled={save.isPending || Object.keys(errors).length > 0} onClick={() => save.mutate(rows)}>{t("hours.save")}</button>
            <button type="button" className="button button-secondary" onClick={() => { if (member.data) setRows(toRows(member.data.workingHours)); save.reset(); }}>{t("hours.reset")}</button>
          </div>
        </section>
        <TimeOffPanel staffId={staffId} zone={zone} />
      </div>
    </section>
  );
}
