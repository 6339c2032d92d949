import { useTranslation } from "react-i18next";
import { WEEKDAYS } from "../../../shared";
import { WS } from "../i18n/workspace";
import { addWindow, copyToWeekdays, removeWindow, updateWindow, weeklyTotalHours, type HoursErrors, type WeekRows } from "./weekly-hours-form";

interface Props {
  rows: WeekRows;
  errors: HoursErrors;
  onChange: (rows: WeekRows) => void;
  disabled?: boolean;
  /** Names the pattern for screen readers ("Working hours", "Opening hours"). */
  label: string;
  /** What a day without windows means ("Not working", "Closed"). */
  emptyText?: string;
}

/** A weekly pattern, one line per weekday with its time windows; a day without windows is closed. */
export function WeeklyHoursEditor({ rows, errors, onChange, disabled, label, emptyText }: Props) {
  const { t } = useTranslation(WS);
  return (
    <fieldset className="hours-editor" disabled={disabled}>
      <legend className="visually-hidden">{label}</legend>
      <table>
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day} data-testid={`hours-${day}`}>
              <th scope="row">{t(`weekdays.${day}`)}</th>
              <td>
                {rows[day].length === 0 && <span className="muted">{emptyText ?? t("hours.closed")}</span>}
                {rows[day].map((window, index) => {
                  const error = errors[`${day}.${index}`];
                  return (
                    <div key={index} className={`hours-window${error ? " field-invalid" : ""}`}>
                      <input type="time" step={300} aria-label={t("hours.from", { day: t(`weekdays.${day}`), n: index + 1 })} value={window.start}
                        onChange={(e) => onChange(updateWindow(rows, day, index, { start: e.target.value }))} />
                      <span aria-hidden="true">–</span>
                      <input type="time" step={300} aria-label={t("hours.to", { day: t(`weekdays.${day}`), n: index + 1 })} value={window.end === "24:00" ? "23:59" : window.end}
                        onChange={(e) => onChange(updateWindow(rows, day, index, { end: e.target.value }))} />
                      <button type="button" className="button-link" aria-label={t("hours.remove", { day: t(`weekdays.${day}`), n: index + 1 })}
                        onClick={() => onChange(removeWindow(rows, day, index))}>×</button>
                      {error && <span className="field-error">{t(`hours.errors.${error}`)}</span>}
                    </div>
                  );
                })}
              </td>
              <td className="hours-actions">
                <button type="button" className="button-link" onClick={() => onChange(addWindow(rows, day))}>{t("hours.add")}</button>
                {day === "mon" && rows.mon.length > 0 && (
                  <button type="button" className="button-link" onClick={() => onChange(copyToWeekdays(rows, "mon"))}>{t("hours.copyWeekdays")}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t("hours.total", { hours: weeklyTotalHours(rows) })}</p>
    </fieldset>
  );
}
