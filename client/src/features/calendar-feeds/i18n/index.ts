import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { calendarEn } from "./en";
import { calendarJa } from "./ja";

/** The calendar feature's texts live in their own namespace, loaded with the feature's chunk rather than up front. */
export const CALENDAR_NS = "calendar";

function registerTexts(): void {
  if (!i18n.hasResourceBundle("en", CALENDAR_NS)) i18n.addResourceBundle("en", CALENDAR_NS, calendarEn);
  if (!i18n.hasResourceBundle("ja", CALENDAR_NS)) i18n.addResourceBundle("ja", CALENDAR_NS, calendarJa);
}

/** `t` for the calendar namespace, and `tApp` for the app's shared texts (errors, validation). */
export function useCalendarTranslation() {
  // The app initialises i18next before any feature chunk renders; registering is idempotent.
  registerTexts();
  const { t, i18n: instance } = useTranslation(CALENDAR_NS);
  const { t: tApp } = useTranslation();
  return { t, tApp, language: instance.resolvedLanguage ?? "ja" };
}
