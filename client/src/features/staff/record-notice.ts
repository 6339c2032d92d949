import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Reservation } from "../../../../shared";
import { formatRange } from "../../lib/format";
import { WS } from "../../i18n/workspace";

/** What a saved record says, in words: "Session recorded for X: Completed · 10:15–12:10 · 130 staff minutes." */
export function recordNotice(t: TFunction, saved: Reservation, corrected: boolean, zone: string, language: string): string {
  const parts = [t(`record.outcomes.${saved.status}`)];
  const session = saved.session;
  if (session?.actualStart && session.actualEnd) parts.push(formatRange(session.actualStart, session.actualEnd, zone, language));
  if (session?.staffMinutes) parts.push(t("details.staffMinutes", { count: session.staffMinutes }));
  return t(corrected ? "record.corrected" : "record.recorded", { company: saved.company.name, what: parts.join(" · ") });
}

/**
 * The confirmation of a saved record: shown on the card, or handed to `onLeave` when the booking leaves the list
 * it is shown in (a first record moves it out of "to record").
 */
export function useRecordNotice(r: Reservation, zone: string, onLeave?: (notice: string) => void) {
  const { t, i18n } = useTranslation(WS);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    notice,
    clear: () => setNotice(null),
    saved: (saved?: Reservation) => {
      if (!saved) return;
      const text = recordNotice(t, saved, r.session !== null, zone, i18n.resolvedLanguage ?? "ja");
      if (onLeave && saved.status !== r.status) onLeave(text);
      else setNotice(text);
    },
  };
}
