import type { IndustrySector } from "../enums";

/**
 * The SME Basic Act's thresholds (中小企業基本法 第2条): a company is an SME when its capital OR its regular
 * employees are at most its sector's limit.
 */
export const SME_THRESHOLDS: Record<IndustrySector, { capitalYen: number; employees: number }> = {
  manufacturing: { capitalYen: 300_000_000, employees: 300 },
  wholesale: { capitalYen: 100_000_000, employees: 100 },
  services: { capitalYen: 50_000_000, employees: 100 },
  retail: { capitalYen: 50_000_000, employees: 50 },
};

export interface CompanySize {
  sector: IndustrySector | null;
  employees: number | null;
  capitalYen: number | null;
}

/**
 * Whether the declared facts make the company an SME: true or false when they decide it, null when they do not
 * (no sector, or neither figure known; one figure within the limit is enough to qualify).
 */
export function qualifiesAsSme({ sector, employees, capitalYen }: CompanySize): boolean | null {
  if (!sector) return null;
  const limit = SME_THRESHOLDS[sector];
  if ((capitalYen !== null && capitalYen <= limit.capitalYen) || (employees !== null && employees <= limit.employees)) return true;
  if (capitalYen === null || employees === null) return null;
  return false;
}
