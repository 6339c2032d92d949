import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import type { ReportGroup } from "../../shared/schemas/reports";
import { customerTypeAtUse } from "../companies";
import { adviceEntries, type AdviceEntry } from "../consultations";
import { Company } from "../platform/db/entities";
import type { PeriodData } from "./period-data";
import { timeKey } from "./report-period";

/**
 * The row an advice entry counts in; null where the grouping has no meaning for advice (it is given about a need,
 * not on an instrument): then it counts in the totals only.
 */
function adviceKey(group: ReportGroup, entry: AdviceEntry, companies: Map<number, Company>): string | null {
  const company = companies.get(entry.companyId);
  switch (group) {
    case "month": return entry.date.slice(0, 7);
    case "quarter": return timeKey(DateTime.fromISO(entry.date), "quarter");
    case "institution": return String(entry.institutionId);
    case "instrument":
    case "category": return null;
    case "customerType": return company ? customerTypeAtUse(company) : "unknown";
    case "prefecture": return company?.prefecture ?? "unknown";
  }
}

/**
 * Minutes of advice given at the consultation desk (logged by staff on local dates), per row key and "total": the
 * "advice" kind of technical support, beside operation, training and consultation during bookings.
 */
export async function loadAdvice(em: EntityManager, data: PeriodData, institutionId: number | null, group: ReportGroup): Promise<Map<string, number>> {
  const entries = await adviceEntries(em, { institutionId, from: data.period.from, to: data.period.to });
  const ids = [...new Set(entries.map((e) => e.companyId))];
  const companies = new Map<number, Company>();
  if (ids.length > 0 && (group === "customerType" || group === "prefecture")) {
    for (const company of await em.getRepository(Company).findBy({ id: In(ids) })) companies.set(company.id, company);
  }
  const advice = new Map<string, number>([["total", 0]]);
  for (const entry of entries) {
    const key = adviceKey(group, entry, companies);
    if (key !== null) advice.set(key, (advice.get(key) ?? 0) + entry.minutes);
    advice.set("total", advice.get("total")! + entry.minutes);
  }
  return advice;
}
