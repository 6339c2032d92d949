import type { AssistanceType, ReservationStatus } from "../../shared/enums";
import type { ReportGroup } from "../../shared/schemas/reports";
import type { Interval } from "../../shared/time/intervals";
import { customerTypeAtUse } from "../companies";
import type { PeriodData } from "./period-data";
import { isTimeGroup, MonthCuts } from "./report-period";
import type { CompanyFacts, ReportInstrument, ReportReservation } from "./report-rows";
import type { ReservationGroup } from "./reservation-groups";
import { Tally, type AdditiveMeasure } from "./usage-tally";

/** Bookings that were planned to happen: everything but cancelled and rejected ones. */
const PLANNED: ReadonlySet<ReservationStatus> = new Set(["pending", "confirmed", "completed", "no_show"]);

/** Staff time by kind; staff minutes recorded on a self-use session (help at the instrument) count as consultation. */
const STAFF_KIND: Record<AssistanceType, "Operation" | "Training" | "Consultation"> = {
  none: "Consultation", operation: "Operation", training: "Training", consultation: "Consultation",
};
const staffMeasures = (side: "Actual" | "Planned") =>
  Object.fromEntries(Object.entries(STAFF_KIND).map(([type, kind]) => [type, `staff${kind}Minutes${side}`])) as Record<AssistanceType, AdditiveMeasure>;
/** The measure of each assistance type's staff minutes, worked out once (not a string built per row). */
const STAFF_MEASURE = { Actual: staffMeasures("Actual"), Planned: staffMeasures("Planned") };
const staffMeasure = (type: AssistanceType, side: "Actual" | "Planned") => STAFF_MEASURE[side][type];

/** The row a fact about an instrument (and a company) belongs to, for groupings that are not by time. */
function attributeKey(group: ReportGroup, instrument: ReportInstrument, company: CompanyFacts | null): string {
  switch (group) {
    case "institution": return String(instrument.institutionId);
    case "instrument": return String(instrument.id);
    case "category": return instrument.category;
    case "customerType": return company ? customerTypeAtUse(company) : "unknown";
    case "prefecture": return company?.prefecture ?? "unknown";
    default: return "";
  }
}

/** Where an interval's minutes go: clipped to the window, cut at local month boundaries when grouped by time. */
function place(at: Placing, key: string, interval: Interval, zone: string, window: Interval): Array<{ key: string; minutes: number }> {
  const clipped = { start: Math.max(interval.start, window.start), end: Math.min(interval.end, window.end) };
  if (clipped.end <= clipped.start) return [];
  if (at.cuts) return at.cuts.split(clipped, zone);
  return [{ key, minutes: (clipped.end - clipped.start) / 60_000 }];
}

function placeAt(at: Placing, key: string, instant: number, zone: string, window: Interval): string | null {
  if (instant < window.start || instant >= window.end) return null;
  return at.cuts ? at.cuts.keyAt(instant, zone) : key;
}

/** How facts find their rows: by attribute, or by local month or quarter (cut once per zone). */
interface Placing {
  group: ReportGroup;
  cuts: MonthCuts | null;
  /** Each instrument's zone, window and (unless the grouping is by company) row key, looked up once per report. */
  where: Map<number, Where | null>;
}

interface Where {
  instrument: ReportInstrument;
  zone: string;
  window: Interval;
  key: string | null;
}

const BY_COMPANY: ReadonlySet<ReportGroup> = new Set(["customerType", "prefecture"]);

function whereOf(data: PeriodData, at: Placing, instrumentId: number): Where | null {
  let where = at.where.get(instrumentId);
  if (where === undefined) {
    const instrument = data.instruments.get(instrumentId);
    where = instrument ? {
      instrument, zone: data.zoneOf(instrument.institutionId), window: data.windowOf(instrument.institutionId),
      key: BY_COMPANY.has(at.group) ? null : attributeKey(at.group, instrument, null),
    } : null;
    at.where.set(instrumentId, where);
  }
  return where;
}

const keyOf = (at: Placing, where: Where, company: CompanyFacts | null) => where.key ?? attributeKey(at.group, where.instrument, company);

type RowOf = (key: string) => Tally;

/** Grouped reservations are never declined ones (those are read one by one). */
const NONE_DECLINED = new Set<number>();

function countBooking(r: Pick<ReportReservation, "status" | "cancelledByRole" | "assistanceType" | "assistanceStatus"> & { id?: number }, tally: Tally, declined: Set<number>, n = 1): void {
  tally.add("bookings", n);
  if (r.status === "cancelled") tally.add(r.cancelledByRole === "company_member" ? "cancelledByCompany" : "cancelledByFacility", n);
  if (r.status === "rejected") tally.add("rejected", n);
  if (r.status === "no_show") tally.add("noShows", n);
  if (r.status === "completed") tally.add("completedSessions", n);
  if (r.status === "completed" && r.assistanceType === "training") tally.add("trainingSessions", n);
  if (r.assistanceStatus === "unstaffed") tally.add("unstaffedRequests", n);
  if (r.id !== undefined && declined.has(r.id)) tally.add("declinedRequests", 1);
}

function countReservation(data: PeriodData, at: Placing, rowOf: RowOf, r: ReportReservation): void {
  const where = whereOf(data, at, r.instrumentId);
  if (!where) return;
  const { zone, window } = where;
  const key = keyOf(at, where, r.company);
  const row = placeAt(at, key, r.startsAt, zone, window);
  if (row !== null) countBooking(r, rowOf(row), data.declined);
  if (PLANNED.has(r.status)) {
    for (const piece of place(at, key, { start: r.startsAt, end: r.endsAt }, zone, window)) {
      const tally = rowOf(piece.key);
      tally.add("useMinutesPlanned", Math.round(piece.minutes));
      if (r.assistanceType !== "none") tally.add(staffMeasure(r.assistanceType, "Planned"), Math.round(piece.minutes));
      tally.booked.add(r.companyId);
    }
  }
  if (r.status === "completed" && r.actualStartAt !== null && r.actualEndAt !== null && r.actualEndAt > r.actualStartAt) {
    const length = (r.actualEndAt - r.actualStartAt) / 60_000;
    for (const piece of place(at, key, { start: r.actualStartAt, end: r.actualEndAt }, zone, window)) {
      const tally = rowOf(piece.key);
      tally.add("useMinutesActual", Math.round(piece.minutes));
      if (r.staffMinutes) tally.add(staffMeasure(r.assistanceType, "Actual"), Math.round((r.staffMinutes * piece.minutes) / length));
      tally.served.add(r.companyId);
    }
  }
}

/** A group of reservations inside one local month of the window: counted as each of them would be, without cutting. */
function countGroup(data: PeriodData, at: Placing, rowOf: RowOf, g: ReservationGroup): void {
  const where = whereOf(data, at, g.instrumentId);
  if (!where) return;
  const row = placeAt(at, keyOf(at, where, g.company), g.startsAt, where.zone, where.window);
  if (row === null) return;
  const tally = rowOf(row);
  countBooking(g, tally, NONE_DECLINED, g.count);
  if (PLANNED.has(g.status)) {
    tally.add("useMinutesPlanned", g.plannedMinutes);
    if (g.assistanceType !== "none") tally.add(staffMeasure(g.assistanceType, "Planned"), g.plannedMinutes);
    tally.booked.add(g.companyId);
  }
  if (g.status === "completed" && g.recorded > 0) {
    tally.add("useMinutesActual", g.actualMinutes);
    if (g.staffMinutes) tally.add(staffMeasure(g.assistanceType, "Actual"), g.staffMinutes);
    tally.served.add(g.companyId);
  }
}

/** Each row's tally, and the opening time of the whole scope (rows by customer or prefecture have none of their own). */
export function tallyRows(data: PeriodData, group: ReportGroup, seeds: readonly string[]): { rows: Map<string, Tally>; openMinutes: number } {
  const rows = new Map<string, Tally>(seeds.map((key) => [key, new Tally()]));
  const rowOf: RowOf = (key) => {
    let tally = rows.get(key);
    if (!tally) rows.set(key, (tally = new Tally()));
    return tally;
  };
  const windows = data.institutions.map((i) => data.windowOf(i.id));
  const span = { start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) };
  const at: Placing = { group, cuts: isTimeGroup(group) && windows.length > 0 ? new MonthCuts(span, group) : null, where: new Map() };
  for (const r of data.reservations) countReservation(data, at, rowOf, r);
  for (const g of data.groups) countGroup(data, at, rowOf, g);
  for (const q of data.qualifications) {
    const instrument = data.instruments.get(q.instrumentId);
    if (!instrument) continue;
    const row = placeAt(at, attributeKey(group, instrument, q.company), q.grantedAt, data.zoneOf(instrument.institutionId), data.windowOf(instrument.institutionId));
    if (row !== null) rowOf(row).add("qualificationsGranted", 1);
  }
  return { rows, openMinutes: tallyOpen(data, at, rowOf) };
}

/**
 * Opening minutes, each piece rounded as it is placed, added up per row; instruments sharing one list of opening
 * intervals (same hours, nothing blocked) in one zone and window are worked out once. Returns the scope's total.
 */
function tallyOpen(data: PeriodData, at: Placing, rowOf: RowOf): number {
  const byCompany = BY_COMPANY.has(at.group);
  const known = new Map<readonly Interval[], Map<string, Array<{ key: string | null; minutes: number }>>>();
  let openMinutes = 0;
  for (const [instrumentId, intervals] of data.open) {
    const instrument = data.instruments.get(instrumentId)!;
    const zone = data.zoneOf(instrument.institutionId);
    const window = data.windowOf(instrument.institutionId);
    const where = `${zone}|${window.start}|${window.end}`;
    let sums = known.get(intervals)?.get(where);
    if (!sums) {
      const byKey = new Map<string | null, number>();
      for (const interval of intervals) {
        for (const piece of place(at, "", interval, zone, window)) {
          const key = at.cuts ? piece.key : null;
          byKey.set(key, (byKey.get(key) ?? 0) + Math.round(piece.minutes));
        }
      }
      sums = [...byKey].map(([key, minutes]) => ({ key, minutes }));
      if (!known.has(intervals)) known.set(intervals, new Map());
      known.get(intervals)!.set(where, sums);
    }
    const own = attributeKey(at.group, instrument, null);
    for (const { key, minutes } of sums) {
      openMinutes += minutes;
      if (!byCompany) rowOf(key ?? own).addOpen(minutes);
    }
  }
  return openMinutes;
}
