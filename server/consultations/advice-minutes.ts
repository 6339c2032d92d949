import type { EntityManager } from "typeorm";
import { ConsultationAdviceTime } from "../platform/db/entities";

/**
 * Minutes of consultation advice logged per institution on local dates `from`..`to` (YYYY-MM-DD, inclusive), for
 * reports to count as technical support.
 */
export async function adviceMinutesByInstitution(em: EntityManager, from: string, to: string): Promise<Map<number, number>> {
  const rows: { institutionId: number | string; minutes: number | string }[] = await em
    .getRepository(ConsultationAdviceTime)
    .createQueryBuilder("a")
    .select("a.institutionId", "institutionId")
    .addSelect("SUM(a.minutes)", "minutes")
    .where("a.date >= :from AND a.date <= :to", { from, to })
    .groupBy("a.institutionId")
    .getRawMany();
  return new Map(rows.map((row) => [Number(row.institutionId), Number(row.minutes)]));
}
