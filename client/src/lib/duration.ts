import type { TFunction } from "i18next";

/** "90 minutes", "2 hours" in the current language. */
export function formatDuration(minutes: number, t: TFunction): string {
  return minutes % 60 === 0 ? t("duration.hours", { count: minutes / 60 }) : t("duration.minutes", { count: minutes });
}
