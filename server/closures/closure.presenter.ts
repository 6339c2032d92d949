import type { InstitutionClosure } from "../platform/db/entities";

export function presentClosure(row: InstitutionClosure) {
  return { id: row.id, institutionId: row.institutionId, date: row.date, reason: row.reason };
}
