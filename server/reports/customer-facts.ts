import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import type { CustomerType } from "../../shared/enums";
import type { ReportGroup } from "../../shared/schemas/reports";
import { issuedRevenueLines, type RevenueLine } from "../billing";
import { Company } from "../platform/db/entities";
import type { PeriodData } from "./period-data";
import { timeKey } from "./report-period";
import { customerTypeAtUse } from "../companies";

export const isSme = (company: { customerType: CustomerType }): boolean => customerTypeAtUse(company) === "sme";

/** The key a revenue line goes under ("unknown" when the grouping's attribute is missing, e.g. a charge without instrument). */
function revenueKey(group: ReportGroup, line: RevenueLine, data: PeriodData, prefectures: Map<number, string | null>): string {
  const instrument = line.instrumentId === null ? undefined : data.instruments.get(line.instrumentId);
  switch (group) {
    case "month": return line.transactionDate.slice(0, 7);
    case "quarter": return timeKey(DateTime.fromISO(line.transactionDate), "quarter");
    case "institution": return String(line.institutionId);
    case "instrument": return instrument ? String(instrument.id) : "unknown";
    case "category": return instrument?.category ?? "unknown";
    case "customerType": return line.customerType;
    case "prefecture": return prefectures.get(line.companyId) ?? "unknown";
  }
}

/**
 * Revenue (yen, excluding consumption tax) per row key, from billing's issued invoices less credit notes, counted
 * by the transaction's date in the institution's zone (the session, not the invoice): a session on 31 March is
 * revenue of the fiscal year it was used in, even when it is invoiced in April.
 */
export async function loadRevenue(em: EntityManager, data: PeriodData, institutionId: number | null, group: ReportGroup): Promise<Map<string, number>> {
  const lines = await issuedRevenueLines(em, { institutionId, from: data.period.from, to: data.period.to });
  const prefectures = new Map<number, string | null>();
  if (group === "prefecture") {
    const ids = [...new Set(lines.map((l) => l.companyId))];
    const companies = ids.length === 0 ? [] : await em.getRepository(Company).find({ select: { id: true, prefecture: true }, where: { id: In(ids) } });
    for (const company of companies) prefectures.set(company.id, company.prefecture);
  }
  const revenue = new Map<string, number>([["total", 0]]);
  for (const line of lines) {
    const key = revenueKey(group, line, data, prefectures);
    revenue.set(key, (revenue.get(key) ?? 0) + line.amount);
    revenue.set("total", revenue.get("total")! + line.amount);
  }
  return revenue;
}
