import holidayJp from "@holiday-jp/holiday_jp";

const NATIONAL_HOLIDAYS: Record<string, unknown> = holidayJp.holidays;

export function isJapaneseHoliday(isoDate: string): boolean {
  return isoDate in NATIONAL_HOLIDAYS;
}

/** The closed-day test for an institution: national holidays (when it observes them) plus its own closures. */
export function closedDayTest(closedOnNationalHolidays: boolean, closures: Iterable<string>): (isoDate: string) => boolean {
  const own = new Set(closures);
  return (isoDate) => own.has(isoDate) || (closedOnNationalHolidays && isJapaneseHoliday(isoDate));
}
