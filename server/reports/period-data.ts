import type { Database } from "../platform/db/database";
import type { ReportGroup, ReportPeriod } from "../../shared/schemas/reports";
import type { Interval } from "../../shared/time/intervals";
import { loadOpeningTime } from "../availability";
import type { Institution } from "../platform/db/entities";
import { NotFound } from "../platform/errors";
import { isTimeGroup, windowIn } from "./report-period";
import { loadBucketedRows } from "./report-buckets";
import { bucketsOf, toReportRows, type ReservationGroup } from "./reservation-groups";
import {
  loadCompanyFacts, loadDeclined, loadQualifications, loadReturning, loadRoles, loadScope,
  type CompanyFacts, type ReportInstrument, type ReportQualification, type ReportReservation,
} from "./report-rows";

/** Everything a report of one period reads, in scope (one institution or all). */
export interface PeriodData {
  period: ReportPeriod;
  institutions: Institution[];
  instruments: Map<number, ReportInstrument>;
  zoneOf: (institutionId: number) => string;
  windowOf: (institutionId: number) => Interval;
  /** Reservations read one by one (those crossing a month or the window, or declined), and the rest counted in groups. */
  reservations: ReportReservation[];
  groups: ReservationGroup[];
  qualifications: ReportQualification[];
  declined: Set<number>;
  /** Each instrument's opening time (read-only: instruments with the same hours and nothing blocked share one list). */
  open: Map<number, readonly Interval[]>;
  companies: { facts: Map<number, CompanyFacts>; returning: Set<number>; region: Set<string> };
}

/** `group`: the grouping the report will count by (stored rows of different months are added up unless it is by time). */
export async function loadPeriodData(db: Database, institutionId: number | null, period: ReportPeriod, group: ReportGroup): Promise<PeriodData> {
  const em = db.manager;
  const scope = await loadScope(em, institutionId);
  const institutions = scope.institutions.filter((i) => institutionId === null || i.id === institutionId);
  if (institutionId !== null && institutions.length === 0) throw new NotFound("Institution not found");
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const windows = new Map(institutions.map((i) => [i.id, windowIn(period, i.timezone)]));
  const span = institutions.length === 0 ? windowIn(period, "UTC") : {
    start: Math.min(...[...windows.values()].map((w) => w.start)),
    end: Math.max(...[...windows.values()].map((w) => w.end)),
  };
  const rows = await loadBucketedRows(db, bucketsOf(windows, (id) => byId.get(id)!.timezone, span), isTimeGroup(group));
  const cancellers = [...new Set(rows.map((r) => r.cancelledById).filter((id) => id !== null))] as number[];
  const { groups, lone: reservations } = toReportRows(rows, await loadCompanyFacts(em, [...new Set(rows.map((r) => r.companyId))]), await loadRoles(em, cancellers));
  const qualifications = await loadQualifications(em, institutionId, span);
  const declined = await loadDeclined(em, reservations.filter((r) => r.assistanceType !== "none").map((r) => r.id));
  const served = [...new Set([...reservations, ...groups].filter((r) => r.status === "completed").map((r) => r.companyId))];
  const returning = await loadReturning(em, windows, served, span.end);
  const offered = scope.instruments.filter((i) => i.status !== "retired");
  const open = await loadOpeningTime(em, institutions, offered, (i) => windows.get(i.id)!);
  const facts = new Map<number, CompanyFacts>();
  for (const r of [...reservations, ...groups]) facts.set(r.companyId, r.company);
  for (const q of qualifications) if (q.companyId !== null && q.company) facts.set(q.companyId, q.company);
  return {
    period,
    institutions,
    instruments: new Map(scope.instruments.map((i) => [i.id, i])),
    zoneOf: (id) => byId.get(id)!.timezone,
    windowOf: (id) => windows.get(id)!,
    reservations,
    groups,
    qualifications,
    declined,
    open,
    companies: { facts, returning, region: new Set(scope.institutions.map((i) => i.prefecture)) },
  };
}
