import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { Slot } from "../../../../shared";
import { formatDate, formatTime } from "../../lib/format";

interface Props {
  slots: Slot[];
  zone: string;
  onSelect: (from: number, to: number) => void;
}

/** The week's free start times as buttons, grouped by day: the keyboard and screen-reader way to pick a time. */
export function SlotList({ slots, zone, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = DateTime.fromISO(slot.start, { zone }).toISODate()!;
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <details className="slot-list">
      <summary>{t("instrument.slotList")}</summary>
      {[...days].map(([day, daySlots]) => (
        <div key={day} className="slot-day">
          <h4>{formatDate(daySlots[0].start, zone, language)}</h4>
          <ul>
            {daySlots.map((slot) => (
              <li key={slot.start}>
                <button type="button" className="chip" onClick={() => onSelect(Date.parse(slot.start), Date.parse(slot.end))}>
                  {formatTime(slot.start, zone, language)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
