import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from "typeorm";
import type { AssistanceType, CustomerType, InstrumentCategory, ReservationStatus, Role } from "../../shared/enums";
import { LIMITS } from "../../shared/limits";
import type { Interval } from "../../shared/time/intervals";
import { AuditEvent, Institution, Instrument, Qualification, Reservation } from "../platform/db/entities";
import type { AssistanceStatus } from "../platform/db/entities/reservation";

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

export const instant = (value: Date | string | null): number | null =>
  value === null ? null : value instanceof Date ? value.getTime() : Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);

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

/** Ids in statements of at most this many parameters (SQLite and PostgreSQL both take far more). */
const CHUNK = 500;

async function inChunks<T>(ids: number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) found.push(...(await read(ids.slice(i, i + CHUNK))));
  return found;
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

/** These companies' first recorded session at each institution in scope, if before `before`: who came back. */
export async function loadFirstSessions(
  em: EntityManager,
  institutionId: number | null,
  companyIds: number[],
  before: number,
): Promise<Array<{ companyId: number; institutionId: number; first: number }>> {
  const rows = await inChunks(companyIds, (ids) =>
    scoped(
      em
        .getRepository(Reservation)
        .createQueryBuilder("r")
        .select(["r.companyId AS company_id", "r.institutionId AS institution_id", "MIN(r.actualStartAt) AS first"])
        .where("r.companyId IN (:...ids) AND r.startsAt < :before", { ids, before: new Date(before) })
        .andWhere("r.status = 'completed' AND r.actualStartAt IS NOT NULL"),
      "r.institutionId",
      institutionId,
    )
      .groupBy("r.companyId")
      .addGroupBy("r.institutionId")
      .getRawMany(),
  );
  return rows.map((row) => ({ companyId: Number(row.company_id), institutionId: Number(row.institution_id), first: instant(row.first)! }));
}
