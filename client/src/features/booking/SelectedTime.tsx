import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { AssistanceType, Instrument, StartTime } from "../../../../shared";
import { formatDuration } from "../../lib/duration";
import { formatRange } from "../../lib/format";
import type { FieldError } from "../../lib/form-errors";
import type { PickProblem } from "./use-booking-flow";

interface Props {
  instrument: Instrument;
  mode: AssistanceType;
  selection: StartTime | null;
  problem: PickProblem | null;
  error: FieldError | undefined;
  onClear: () => void;
  titleRef?: RefObject<HTMLHeadingElement | null>;
}

/** The chosen time and kind of use, or why a choice on the calendar does not count. */
export function SelectedTime({ instrument, mode, selection, problem, error, onClear, titleRef }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const rules = instrument.rules;
  return (
    <div className={`selected-time${error ? " field-invalid" : ""}`} aria-live="polite">
      <h4 id="selected-title" ref={titleRef} tabIndex={-1}>{t("booking.selected")}</h4>
      {selection ? (
        <p className="selected-range" data-testid="selected-range">
          {formatRange(selection.start, selection.end, instrument.institution.timezone, language)} · {t(`booking.assistance.${mode}`)}
          <button type="button" className="button-link" onClick={onClear}>{t("booking.clearSelection")}</button>
        </p>
      ) : (
        <p className="muted">{t("booking.noSelection")}</p>
      )}
      {problem && (
        <p className="field-error">
          {t(`booking.problem.${problem}`, { min: formatDuration(rules.minDurationMinutes, t), max: formatDuration(rules.maxDurationMinutes, t), mode: t(`booking.assistance.${mode}`) })}
        </p>
      )}
      {error && <p className="field-error">{t(`validation.${error.key}`)}</p>}
    </div>
  );
}
