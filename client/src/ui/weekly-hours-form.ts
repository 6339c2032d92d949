import { minutesOfDay, WeeklyHoursSchema, WEEKDAYS, type DailyWindow, type Weekday, type WeeklyHours } from "../../../shared";

/** Every weekday with its windows (possibly none), in week order: the editor's state. */
export type WeekRows = Record<Weekday, DailyWindow[]>;

/** Problems by "day.index" ("mon.0"), as i18n keys under `hours.errors`. */
export type HoursErrors = Partial<Record<string, "format" | "order" | "overlap" | "tooMany">>;

export function toRows(hours: WeeklyHours): WeekRows {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, [...(hours[day] ?? [])].sort((a, b) => a.start.localeCompare(b.start))])) as WeekRows;
}

/** Drops closed days, so the pattern sent is exactly what the editor shows. */
export function fromRows(rows: WeekRows): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.filter((day) => rows[day].length > 0).map((day) => [day, rows[day]]));
}

/** A new window after the day's last one (or 09:00–17:00 on a closed day). */
export function addWindow(rows: WeekRows, day: Weekday): WeekRows {
  const last = rows[day][rows[day].length - 1];
  const next = last && minutesOfDay(last.end) <= 22 * 60 ? { start: last.end, end: shift(last.end, 60) } : { start: "09:00", end: "17:00" };
  return { ...rows, [day]: [...rows[day], next] };
}

export function removeWindow(rows: WeekRows, day: Weekday, index: number): WeekRows {
  return { ...rows, [day]: rows[day].filter((_, i) => i !== index) };
}

export function updateWindow(rows: WeekRows, day: Weekday, index: number, change: Partial<DailyWindow>): WeekRows {
  return { ...rows, [day]: rows[day].map((w, i) => (i === index ? { ...w, ...change } : w)) };
}

/** Copies one day's windows to Monday–Friday (the usual "same every weekday"). */
export function copyToWeekdays(rows: WeekRows, from: Weekday): WeekRows {
  const copy = { ...rows };
  for (const day of ["mon", "tue", "wed", "thu", "fri"] as const) copy[day] = rows[from].map((w) => ({ ...w }));
  return copy;
}

/** Checks each window with the shared schema, then that a day's windows do not overlap. */
export function checkRows(rows: WeekRows): HoursErrors {
  const errors: HoursErrors = {};
  for (const day of WEEKDAYS) {
    if (rows[day].length > 8) errors[`${day}.8`] = "tooMany";
    const sorted = rows[day].map((w, index) => ({ ...w, index })).sort((a, b) => a.start.localeCompare(b.start));
    sorted.forEach((w, position) => {
      const single = WeeklyHoursSchema.safeParse({ [day]: [{ start: w.start, end: w.end }] });
      if (!single.success) {
        errors[`${day}.${w.index}`] = single.error.issues.every((i) => i.code === "custom") ? "order" : "format";
        return;
      }
      const previous = sorted[position - 1];
      if (previous && minutesOfDay(previous.end) > minutesOfDay(w.start)) errors[`${day}.${w.index}`] = "overlap";
    });
  }
  return errors;
}

/** Total hours in the week, for the summary line. */
export function weeklyTotalHours(rows: WeekRows): number {
  let minutes = 0;
  for (const day of WEEKDAYS) for (const w of rows[day]) minutes += Math.max(0, minutesOfDay(w.end) - minutesOfDay(w.start));
  return Math.round((minutes / 60) * 10) / 10;
}

function shift(time: string, minutes: number): string {
  const total = Math.min(24 * 60, minutesOfDay(time) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
