import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, RecordSessionRequestSchema, type Reservation } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";
import { isoToLocalInput, localInputToIso } from "../../lib/zoned-input";
import { useReservationActions } from "./use-reservation-actions";

/** Completed (with the actual times and staff minutes) or no-show; feeds usage reports and fees. */
export function RecordSessionForm({ reservation, zone, onDone }: { reservation: Reservation; zone: string; onDone: (saved?: Reservation) => void }) {
  const { t } = useTranslation(WS);
  const { record } = useReservationActions(reservation.id);
  const previous = reservation.session;
  const [outcome, setOutcome] = useState<"completed" | "no_show">(reservation.status === "no_show" ? "no_show" : "completed");
  const [start, setStart] = useState(isoToLocalInput(previous?.actualStart ?? reservation.start, zone));
  const [end, setEnd] = useState(isoToLocalInput(previous?.actualEnd ?? reservation.end, zone));
  const staffed = reservation.assistance.type !== "none";
  const defaultMinutes = staffed ? Math.round((Date.parse(reservation.end) - Date.parse(reservation.start)) / 60_000) : 0;
  const [minutes, setMinutes] = useState(String(previous?.staffMinutes ?? defaultMinutes));
  const [note, setNote] = useState(previous?.note ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = outcome === "no_show"
      ? { outcome, note: note.trim() || undefined }
      : { outcome, actualStart: localInputToIso(start, zone) ?? undefined, actualEnd: localInputToIso(end, zone) ?? undefined, staffMinutes: minutes === "" ? undefined : Number(minutes), note: note.trim() || undefined };
    const checked = validate(RecordSessionRequestSchema, body);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    record.mutate(checked.data, { onSuccess: (saved) => onDone(saved) });
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate>
      <fieldset className="choice-group">
        <legend>{t("record.outcome")}</legend>
        {(["completed", "no_show"] as const).map((value) => (
          <label key={value} className="choice choice-compact">
            <input type="radio" name={`outcome-${reservation.id}`} checked={outcome === value} onChange={() => setOutcome(value)} />
            <span>{t(`record.outcomes.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {outcome === "completed" && (
        <div className="form-grid">
          <Field label={t("record.actualStart")} error={errors.actualStart}>
            <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field label={t("record.actualEnd")} error={errors.actualEnd ? { key: "endAfterStart" } : undefined}>
            <input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
          <Field label={t("record.staffMinutes")} error={errors.staffMinutes}>
            <input type="number" min={0} max={1440} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
        </div>
      )}
      <Field label={t("record.note")} error={errors.note}>
        <textarea rows={2} maxLength={LIMITS.noteMaxLength} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {record.isError && <Alert kind="error">{errorMessage(record.error, t)}</Alert>}
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={record.isPending}>{t("record.save")}</button>
        <button type="button" className="button button-secondary button-small" onClick={() => onDone()}>{t("common.back")}</button>
      </div>
    </form>
  );
}
