import { useTranslation } from "react-i18next";
import { NOTIFICATION_LIMITS } from "../../../../shared";
import { NOTIFY } from "../../i18n/notify";

/** Up to `max` reminder lead times, in hours before the session. */
export function ReminderFields({ hours, onChange, max }: { hours: number[]; onChange: (hours: number[]) => void; max: number }) {
  const { t } = useTranslation(NOTIFY);
  const set = (index: number, value: number) => onChange(hours.map((h, i) => (i === index ? value : h)));
  return (
    <fieldset>
      <legend>{t("settings.remindersHeading")}</legend>
      <p className="muted small">{t("settings.remindersHelp")}</p>
      {hours.map((h, index) => (
        <div key={index} className="reminder-row">
          <label>
            {t("settings.reminder", { n: index + 1 })}{" "}
            <input
              type="number"
              min={NOTIFICATION_LIMITS.minReminderMinutes / 60}
              max={NOTIFICATION_LIMITS.maxReminderMinutes / 60}
              step={0.5}
              value={h}
              required
              onChange={(e) => set(index, Number(e.target.value))}
            />{" "}
            {t("settings.hours")}
          </label>
          <button type="button" className="button-link" onClick={() => onChange(hours.filter((_, i) => i !== index))}>{t("settings.remove")}</button>
        </div>
      ))}
      {hours.length < max && (
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...hours, 1])}>{t("settings.addReminder")}</button>
      )}
    </fieldset>
  );
}
