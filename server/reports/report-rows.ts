import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from "typeorm";
import type { AssistanceType, CustomerType, InstrumentCategory, ReservationStatus, Role } from "../../shared/enums";
import { LIMITS } from "../../shared/limits";
import type { Interval } from "../../shared/time/intervals";
import { AuditEvent, Company, Institution, Instrument, Qualification, User } from "../platform/db/entities";
import type { AssistanceStatus } from "../platform/db/entities/reservation";
import { inChunks } from "../platform/db/in-chunks";
import { instantParameter } from "../platform/db/dialect";

/** A reservation as a report sees it: raw columns, no entity hydration. */
export interface ReportReservation {
  id: number;
  instrumentId: number;
  companyId: number;
  company: CompanyFacts;
  startsAt: number;
  endsAt: number;
  actualStartAt: number | null;
  actualEndAt: number | null;
  status: ReservationStatus;
  assistanceType: AssistanceType;
  assistanceStatus: AssistanceStatus;
  staffMinutes: number | null;
  cancelledByRole: Role | null;
}

export interface CompanyFacts {
  customerType: CustomerType;
  prefecture: string | null;
}

export interface ReportQualification {
  instrumentId: number;
  grantedAt: number;
  companyId: number | null;
  company: CompanyFacts | null;
}

export interface ReportInstrument {
  id: number;
  institutionId: number;
  nameJa: string;
  nameEn: string;
  category: InstrumentCategory;
  status: Instrument["status"];
  openingHours: Instrument["openingHours"];
}

export const DAY = 86_400_000;
/** Reservations are found by their booked start; a session may reach back before it by at most this much. */
export const MARGIN = LIMITS.maxReservationMinutes * 60_000 + DAY;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const digits = (text: string, at: number, n: number) => {
  let value = 0;
  for (let i = 0; i < n; i++) value = value * 10 + digit(text, at + i);
  return value;
};
/** SQLite's UTC instants as TypeORM writes them, "2026-04-01 09:30:00.000", read by arithmetic (reports read tens of thousands). */
const SQLITE_INSTANT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

export const instant = (value: Date | string | null): number | null => {
  if (value === null) return null;
  if (value instanceof Date) return value.getTime();
  if (value.length === 23 && SQLITE_INSTANT.test(value)) {
    return Date.UTC(digits(value, 0, 4), digits(value, 5, 2) - 1, digits(value, 8, 2), digits(value, 11, 2), digits(value, 14, 2), digits(value, 17, 2), digits(value, 20, 3));
  }
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
};

function scoped<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, institutionId: number | null): SelectQueryBuilder<T> {
  return institutionId === null ? query : query.andWhere(`${column} = :institutionId`, { institutionId });
}

/** Every institution (the region is where any of them is) and the instruments in scope. */
export async function loadScope(em: EntityManager, institutionId: number | null) {
  const institutions = await em.getRepository(Institution).find({ order: { id: "ASC" } });
  const instruments = await scoped(
    em.getRepository(Instrument).createQueryBuilder("i").select(["i.id", "i.institutionId", "i.nameJa", "i.nameEn", "i.category", "i.status", "i.openingHours"]),
    "i.institutionId",
    institutionId,
  ).orderBy("i.id").getMany();
  return { institutions, instruments: instruments as ReportInstrument[] };
}

export async function loadQualifications(em: EntityManager, institutionId: number | null, span: Interval): Promise<ReportQualification[]> {
  const query = em
    .getRepository(Qualification)
    .createQueryBuilder("q")
    .innerJoin("q.instrument", "i")
    .innerJoin("q.user", "u")
    .leftJoin("u.company", "c")
    .select(["q.instrumentId AS instrument_id", "q.grantedAt AS granted_at", "u.companyId AS company_id", "c.customerType AS customer_type", "c.prefecture AS prefecture"])
    .where("q.grantedAt >= :from AND q.grantedAt < :to", { from: new Date(span.start - DAY), to: new Date(span.end + DAY) });
  const rows = await scoped(query, "i.institutionId", institutionId).getRawMany();
  return rows.map((row) => ({
    instrumentId: Number(row.instrument_id),
    grantedAt: instant(row.granted_at)!,
    companyId: row.company_id === null ? null : Number(row.company_id),
    company: row.customer_type ? { customerType: row.customer_type, prefecture: row.prefecture ?? null } : null,
  }));
}

/** Which of these reservations a staff member declined at least once (from the audit trail, by entity). */
export async function loadDeclined(em: EntityManager, reservationIds: number[]): Promise<Set<number>> {
  const rows = await inChunks(reservationIds, (ids) =>
    em
      .getRepository(AuditEvent)
      .createQueryBuilder("e")
      .select("DISTINCT e.entityId", "entity_id")
      .where("e.entityType = 'reservation' AND e.entityId IN (:...ids) AND e.action = :action", { ids, action: "reservation.assistance_declined" })
      .getRawMany(),
  );
  return new Set(rows.map((row) => Number(row.entity_id)));
}

/**
 * Which of these companies had a recorded session at an institution in scope before that institution's window
 * (booked before `before`): who came back. One probe per company and institution on the
 * `(company_id, institution_id, actual_start_at)` index, stopping at the first such session, instead of reading
 * every company's whole history.
 */
export async function loadReturning(em: EntityManager, windows: Map<number, Interval>, companyIds: number[], before: number): Promise<Set<number>> {
  const postgres = em.connection.driver.options.type === "postgres";
  const at = (ms: number) => instantParameter(postgres, ms);
  const probe = `r.company_id = c.id AND r.institution_id = ${postgres ? "$1" : "?"} AND r.starts_at < ${postgres ? "$2" : "?"}
    AND r.actual_start_at < ${postgres ? "$3" : "?"} AND r.status = 'completed'`;
  const returning = new Set<number>();
  for (const [institutionId, window] of windows) {
    const rows = await inChunks(companyIds, (ids) => {
      const list = ids.map((_, i) => (postgres ? `$${i + 4}` : "?")).join(", ");
      return em.query(
        postgres
          ? `SELECT c.id FROM company c CROSS JOIN LATERAL (SELECT 1 FROM reservation r WHERE ${probe} LIMIT 1) x WHERE c.id IN (${list})`
          : `SELECT c.id FROM company c WHERE c.id IN (${list}) AND EXISTS (SELECT 1 FROM reservation r WHERE ${probe})`,
        postgres ? [institutionId, at(before), at(window.start), ...ids] : [...ids, institutionId, at(before), at(window.start)],
      ) as Promise<Array<{ id: number }>>;
    });
    for (const row of rows) returning.add(Number(row.id));
  }
  return returning;
}

/** These companies' facts as they are now (customer type and prefecture). */
export async function loadCompanyFacts(em: EntityManager, companyIds: number[]): Promise<Map<number, CompanyFacts>> {
  const rows = await inChunks(companyIds, (ids) =>
    em.getRepository(Company).createQueryBuilder("c").select(["c.id AS id", "c.customerType AS customer_type", "c.prefecture AS prefecture"])
      .where("c.id IN (:...ids)", { ids }).getRawMany(),
  );
  return new Map(rows.map((row) => [Number(row.id), { customerType: row.customer_type, prefecture: row.prefecture ?? null }]));
}

/** These users' roles as they are now. */
export async function loadRoles(em: EntityManager, userIds: number[]): Promise<Map<number, Role>> {
  const rows = await inChunks(userIds, (ids) =>
    em.getRepository(User).createQueryBuilder("u").select(["u.id AS id", "u.role AS role"]).where("u.id IN (:...ids)", { ids }).getRawMany(),
  );
  return new Map(rows.map((row) => [Number(row.id), row.role as Role]));
}
