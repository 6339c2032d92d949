import type { EntityManager } from "typeorm";
import { Consultation, ConsultationAdviceTime } from "../platform/db/entities";

/**
 * Minutes of consultation advice logged per institution on local dates `from`..`to` (YYYY-MM-DD, inclusive), for
 * reports to count as technical support.
 */
export async function adviceMinutesByInstitution(em: EntityManager, from: string, to: string): Promise<Map<number, number>> {
  const minutes = new Map<number, number>();
  for (const entry of await adviceEntries(em, { institutionId: null, from, to })) minutes.set(entry.institutionId, (minutes.get(entry.institutionId) ?? 0) + entry.minutes);
  return minutes;
}

/** One logged stretch of advice, with the company it was given to: what reports group by. */
export interface AdviceEntry {
  institutionId: number;
  companyId: number;
  /** The local date the staff member gave it (YYYY-MM-DD). */
  date: string;
  minutes: number;
}

/** Advice time logged between two local dates (inclusive), at one institution or all. */
export async function adviceEntries(em: EntityManager, options: { institutionId: number | null; from: string; to: string }): Promise<AdviceEntry[]> {
  const query = em
    .getRepository(ConsultationAdviceTime)
    .createQueryBuilder("a")
    .innerJoin(Consultation, "c", "c.id = a.consultationId")
    .select(["a.institutionId AS institution_id", "c.companyId AS company_id", "a.date AS date", "a.minutes AS minutes"])
    .where("a.date >= :from AND a.date <= :to", { from: options.from, to: options.to });
  if (options.institutionId !== null) query.andWhere("a.institutionId = :institutionId", { institutionId: options.institutionId });
  const rows: { institution_id: number | string; company_id: number | string; date: string; minutes: number | string }[] = await query.getRawMany();
  return rows.map((row) => ({ institutionId: Number(row.institution_id), companyId: Number(row.company_id), date: row.date, minutes: Number(row.minutes) }));
}
