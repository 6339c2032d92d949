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
const PLANNED: readonly ReservationStatus[] = ["pending", "confirmed", "completed", "no_show"];

/** Staff time by kind; staff minutes recorded on a self-use session (help at the instrument) count as consultation. */
const STAFF_KIND: Record<AssistanceType, "Operation" | "Training" | "Consultation"> = {
  none: "Consultation", operation: "Operation", training: "Training", consultation: "Consultation",
};
const staffMeasure = (type: AssistanceType, side: "Actual" | "Planned") => `staff${STAFF_KIND[type]}Minutes${side}` as AdditiveMeasure;

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
}

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
  const instrument = data.instruments.get(r.instrumentId);
  if (!instrument) return;
  const zone = data.zoneOf(instrument.institutionId);
  const window = data.windowOf(instrument.institutionId);
  const key = attributeKey(at.group, instrument, r.company);
  const row = placeAt(at, key, r.startsAt, zone, window);
  if (row !== null) countBooking(r, rowOf(row), data.declined);
  if (PLANNED.includes(r.status)) {
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
  const instrument = data.instruments.get(g.instrumentId);
  if (!instrument) return;
  const key = attributeKey(at.group, instrument, g.company);
  const row = placeAt(at, key, g.startsAt, data.zoneOf(instrument.institutionId), data.windowOf(instrument.institutionId));
  if (row === null) return;
  const tally = rowOf(row);
  countBooking(g, tally, NONE_DECLINED, g.count);
  if (PLANNED.includes(g.status)) {
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
  const at: Placing = { group, cuts: isTimeGroup(group) && windows.length > 0 ? new MonthCuts(span, group) : null };
  for (const r of data.reservations) countReservation(data, at, rowOf, r);
  for (const g of data.groups) countGroup(data, at, rowOf, g);
  for (const q of data.qualifications) {
    const instrument = data.instruments.get(q.instrumentId);
    if (!instrument) continue;
    const row = placeAt(at, attributeKey(group, instrument, q.company), q.grantedAt, data.zoneOf(instrument.institutionId), data.windowOf(instrument.institutionId));
    if (row !== null) rowOf(row).add("qualificationsGranted", 1);
  }
  const byCompany = group === "customerType" || group === "prefecture";
  let openMinutes = 0;
  for (const [instrumentId, intervals] of data.open) {
    const instrument = data.instruments.get(instrumentId)!;
    const zone = data.zoneOf(instrument.institutionId);
    for (const interval of intervals) {
      for (const piece of place(at, attributeKey(group, instrument, null), interval, zone, data.windowOf(instrument.institutionId))) {
        openMinutes += Math.round(piece.minutes);
        if (!byCompany) rowOf(piece.key).addOpen(Math.round(piece.minutes));
      }
    }
  }
  return { rows, openMinutes };
}
