import { In, LessThan, MoreThan, type EntityManager } from "typeorm";
import { normalize, subtract, type Interval } from "../../shared/time/intervals";
import { buildDateRanges, type WeeklyHours } from "../../shared/time/weekly-hours";
import { Blackout, InstitutionClosure } from "../platform/db/entities";
import { closedDayTest } from "./closed-days";

export interface OpeningTimeInstrument {
  id: number;
  institutionId: number;
  openingHours: WeeklyHours;
}

export interface OpeningTimeInstitution {
  id: number;
  timezone: string;
  closedOnNationalHolidays: boolean;
}

/**
 * When each instrument was open for booking within its institution's window: its weekly opening hours in the
 * institution's zone, without national holidays (where observed) and the institution's closure days, and without
 * maintenance and closure windows (the instrument's own and the institution-wide ones). The same calendar rules a
 * booking is checked against, for many instruments in three queries.
 */
export async function loadOpeningTime(
  em: EntityManager,
  institutions: readonly OpeningTimeInstitution[],
  instruments: readonly OpeningTimeInstrument[],
  windowOf: (institution: OpeningTimeInstitution) => Interval,
): Promise<Map<number, readonly Interval[]>> {
  const open = new Map<number, readonly Interval[]>();
  if (institutions.length === 0 || instruments.length === 0) return open;
  const ids = institutions.map((i) => i.id);
  const windows = new Map(institutions.map((i) => [i.id, windowOf(i)]));
  const earliest = Math.min(...[...windows.values()].map((w) => w.start));
  const latest = Math.max(...[...windows.values()].map((w) => w.end));
  const closures = await em.getRepository(InstitutionClosure).find({ select: { institutionId: true, date: true }, where: { institutionId: In(ids) } });
  const blackouts = await em.getRepository(Blackout).find({
    select: { institutionId: true, instrumentId: true, startsAt: true, endsAt: true },
    where: { institutionId: In(ids), startsAt: LessThan(new Date(latest)), endsAt: MoreThan(new Date(earliest)) },
  });
  for (const institution of institutions) {
    const window = windows.get(institution.id)!;
    const closed = closures.filter((c) => c.institutionId === institution.id).map((c) => c.date).sort();
    const isClosed = closedDayTest(institution.closedOnNationalHolidays, closed);
    const calendar = `${institution.timezone}|${window.start}|${window.end}|${institution.closedOnNationalHolidays}|${closed.join(",")}`;
    const own = blackouts.filter((b) => b.institutionId === institution.id);
    // Instruments with the same weekly hours share one expansion.
    const byHours = new Map<string, Interval[]>();
    for (const instrument of instruments.filter((i) => i.institutionId === institution.id)) {
      const hours = JSON.stringify(instrument.openingHours);
      let ranges = byHours.get(hours);
      if (!ranges) byHours.set(hours, (ranges = expanded(`${hours}|${calendar}`, () => longDateRanges(instrument.openingHours, institution.timezone, window, isClosed))));
      const blocked = normalize(own.filter((b) => b.instrumentId === null || b.instrumentId === instrument.id).map((b) => ({ start: b.startsAt.getTime(), end: b.endsAt.getTime() })));
      // Nothing blocked: the instruments with these hours share one (read-only) list, which callers may tell by identity.
      open.set(instrument.id, blocked.length === 0 ? ranges : subtract(ranges, blocked));
    }
  }
  return open;
}

/**
 * Expansions of weekly hours already worked out, by everything they depend on (the hours, the zone, the window, the
 * closed days): a pure function of its key, kept read-only, so a report of the same period need not repeat it.
 */
const EXPANDED = new Map<string, Interval[]>();
const EXPANDED_MAX = 256;

function expanded(key: string, make: () => Interval[]): Interval[] {
  let ranges = EXPANDED.get(key);
  if (!ranges) {
    if (EXPANDED.size >= EXPANDED_MAX) EXPANDED.delete(EXPANDED.keys().next().value!);
    EXPANDED.set(key, (ranges = make()));
  }
  return ranges;
}

const FORTNIGHT = 14 * 86_400_000;

/** buildDateRanges over a long window, a fortnight at a time: each piece takes the fixed-offset shortcut where it can. */
function longDateRanges(weekly: WeeklyHours, zone: string, window: Interval, isClosed: (isoDate: string) => boolean): Interval[] {
  const ranges: Interval[] = [];
  for (let start = window.start; start < window.end; start += FORTNIGHT) {
    ranges.push(...buildDateRanges(weekly, zone, { start, end: Math.min(window.end, start + FORTNIGHT) }, isClosed));
  }
  return normalize(ranges);
}
