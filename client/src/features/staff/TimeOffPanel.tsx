import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CreateTimeOffRequestSchema, LIMITS, ReservationSummarySchema, type ReservationSummary } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";
import { localInputToIso } from "../../lib/zoned-input";
import { HandoverList } from "./HandoverList";
import { EMPTY_WHEN, TimeOffWhenFields, type TimeOffKind, type TimeOffWhen } from "./TimeOffWhenFields";
import { UpcomingTimeOff } from "./UpcomingTimeOff";
import { invalidate, scheduleKeys, timeOffKeys } from "../../api/query-keys";

/** Time off in whole days or hours; when assignments are in the way they are listed for handover first. */
export function TimeOffPanel({ staffId, zone }: { staffId: number; zone: string }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [kind, setKind] = useState<TimeOffKind>("days");
  const [when, setWhen] = useState<TimeOffWhen>(EMPTY_WHEN);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [collisions, setCollisions] = useState<ReservationSummary[]>([]);

  const refresh = () => {
    invalidate(client, timeOffKeys.of(staffId), scheduleKeys.all);
  };
  const add = useMutation({
    mutationFn: (body: z.output<typeof CreateTimeOffRequestSchema>) => workspaceApi.addTimeOff(staffId, body),
    onSuccess: () => { setCollisions([]); setReason(""); refresh(); },
    onError: (error) => {
      const listed = error instanceof ApiError && error.reason === "time_off_collides" ? z.array(ReservationSummarySchema).safeParse(error.details?.assignments) : null;
      setCollisions(listed?.success ? listed.data : []);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { startDate, endDate, date, from, to } = when;
    const body = kind === "days"
      ? { startDate, endDate: endDate || startDate, reason: reason.trim() || undefined }
      : { start: localInputToIso(`${date}T${from}`, zone) ?? "", end: localInputToIso(`${date}T${to}`, zone) ?? "", reason: reason.trim() || undefined };
    const checked = validate(CreateTimeOffRequestSchema, body);
    if (!checked.ok) return setErrors(kind === "hours" && (checked.errors.start || checked.errors.form) ? { ...checked.errors, date: { key: "required" } } : checked.errors);
    setErrors({});
    add.mutate(checked.data);
  };

  return (
    <section className="card" aria-labelledby="time-off-title">
      <h2 id="time-off-title">{t("timeOff.title")}</h2>
      <form onSubmit={submit} noValidate className="time-off-form">
        <TimeOffWhenFields kind={kind} when={when} errors={errors} onKind={setKind} onChange={(patch) => setWhen((w) => ({ ...w, ...patch }))} />
        <Field label={t("timeOff.reason")}><input maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => setReason(e.target.value)} /></Field>
        {add.isError && collisions.length === 0 && <Alert kind="error">{errorMessage(add.error, t)}</Alert>}
        {add.isSuccess && <Alert kind="success">{t("timeOff.added")}</Alert>}
        <div className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>{collisions.length > 0 ? t("timeOff.retry") : t("timeOff.add")}</button>
        </div>
      </form>
      {collisions.length > 0 && <HandoverList assignments={collisions} myStaffId={staffId} zone={zone} />}
      <UpcomingTimeOff staffId={staffId} zone={zone} />
    </section>
  );
}
