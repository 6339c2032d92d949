import { useTranslation } from "react-i18next";
import type { AssistanceType } from "../../../../shared";
import { formatDuration } from "../../lib/duration";
import { AssistanceChoice } from "./AssistanceChoice";

interface Props {
  choices: AssistanceType[];
  mode: AssistanceType;
  duration: number;
  durations: number[];
  selfUseQualified: boolean | undefined;
  onMode: (mode: AssistanceType) => void;
  onDuration: (minutes: number) => void;
}

/** Step 1: the kind of use and how long, before any time is shown. */
export function BookingChoice({ choices, mode, duration, durations, selfUseQualified, onMode, onDuration }: Props) {
  const { t } = useTranslation();
  return (
    <div className="booking-step">
      <h3 id="what-title">{t("booking.whatTitle")}</h3>
      <AssistanceChoice choices={choices} value={mode} onChange={onMode} selfUseQualified={selfUseQualified} />
      <div className="field">
        <label htmlFor="booking-duration">{t("booking.duration")}</label>
        <select id="booking-duration" className="duration-select" value={duration} onChange={(e) => onDuration(Number(e.target.value))}>
          {durations.map((minutes) => <option key={minutes} value={minutes}>{formatDuration(minutes, t)}</option>)}
        </select>
      </div>
    </div>
  );
}
