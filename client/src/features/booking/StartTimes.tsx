import { useTranslation } from "react-i18next";
import type { StartTime } from "../../../../shared";
import { formatLocalDate, formatRange, formatTime } from "../../lib/format";
import { startsByDay } from "./booking-choice";

interface Props {
  starts: StartTime[];
  zone: string;
  selected: { start: string; end: string } | null;
  onPick: (start: StartTime) => void;
}

/** Step 2: per day, the start times that can really be booked, as large buttons named with date and time. */
export function StartTimes({ starts, zone, selected, onPick }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  return (
    <div className="start-times">
      {startsByDay(starts, zone).map(({ day, starts: list }) => (
        <div key={day} role="group" aria-labelledby={`day-${day}`} className="start-day">
          <h4 id={`day-${day}`}>{formatLocalDate(day, language)}</h4>
          <ul>
            {list.map((start) => {
              const pressed = selected?.start === start.start && selected.end === start.end;
              return (
                <li key={start.start}>
                  <button type="button" className="start-time" aria-pressed={pressed} aria-label={formatRange(start.start, start.end, zone, language)} onClick={() => onPick(start)}>
                    {formatTime(start.start, zone, language)}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
