import type { CalendarOptions } from "@fullcalendar/core";
import jaLocale from "@fullcalendar/core/locales/ja";
import { useTranslation } from "react-i18next";

/** What every week/day time grid in the app shares: the UI language, weeks from Monday, no toolbar or all-day row. */
export function useTimeGridDefaults(): CalendarOptions {
  const { i18n } = useTranslation();
  return {
    locales: [jaLocale],
    locale: i18n.resolvedLanguage === "ja" ? "ja" : "en",
    firstDay: 1,
    headerToolbar: false,
    allDaySlot: false,
    nowIndicator: true,
    height: "auto",
  };
}
