export { computeAvailability } from "./availability.service";
export { checkCalendarRules, checkTimingRules, checkUsageMode, priceYen, ratesOf } from "./booking-rules";
export { isJapaneseHoliday } from "./closed-days";
export { instrumentsFreeOn } from "./free-on-date";
export { loadOpeningTime } from "./opening-time";
export type { OpeningTimeInstitution, OpeningTimeInstrument } from "./opening-time";
export { loadClosedDayTest, loadInstrumentCalendar } from "./instrument-calendar";
export type { StaffCalendar } from "./instrument-calendar";
export { chooseStaff } from "./staffing";
