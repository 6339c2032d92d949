import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import type { AssistanceType } from "../../shared/enums";
import { isJapaneseHoliday } from "../availability";
import { Reservation, type Instrument, type User } from "../platform/db/entities";

/** The instruments with a history, busiest first: the rest of the catalogue stays idle in the reports. */
const USED = ["fesem", "fesem", "xrd", "tabletop-sem", "mitc-utm", "fesem", "mitc-xrf", "kosen-sem", "xrd", "nimm-sims", "afm", "mitc-utm"];
const KINDS: AssistanceType[] = ["operation", "none", "training", "operation", "consultation", "none"];

/**
 * Recorded sessions from the start of the previous fiscal year until last week (two a week, in the institution's
 * hours), with cancellations by either side and a few no-shows, so the dashboard and the reports have figures on
 * first start. Deterministic: the same clock gives the same history.
 */
export function demoHistory(em: EntityManager, refs: { instruments: Map<string, Instrument>; users: Map<string, User> }, now: number, zone: string): Reservation[] {
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  const fiscalStart = DateTime.fromObject({ year: today.month >= 4 ? today.year - 1 : today.year - 2, month: 4, day: 1 }, { zone });
  const companies = [refs.users.get("sme@demo.example")!, refs.users.get("sme2@demo.example")!];
  const facilityAdmin = refs.users.get("facility-admin@demo.example")!;
  const rows: Reservation[] = [];
  let n = 0;
  for (let day = fiscalStart; day < today.minus({ days: 10 }); day = day.plus({ days: 1 })) {
    if (![2, 4].includes(day.weekday) || isJapaneseHoliday(day.toISODate()!)) continue;
    n += 1;
    const instrument = refs.instruments.get(USED[n % USED.length])!;
    const user = companies[n % 3 === 0 ? 1 : 0];
    const kind = KINDS[n % KINDS.length];
    const start = day.set({ hour: 9 + (n % 4) * 2 });
    const end = start.plus({ hours: 1 + (n % 3) });
    const status = n % 13 === 0 ? "no_show" : n % 9 === 0 ? "cancelled" : "completed";
    const completed = status === "completed";
    const actualEnd = completed && n % 5 === 0 ? end.minus({ minutes: 30 }) : end;
    rows.push(em.getRepository(Reservation).create({
      instrumentId: instrument.id, institutionId: instrument.institutionId, companyId: user.companyId!, userId: user.id,
      startsAt: start.toJSDate(), endsAt: end.toJSDate(), status, purpose: "依頼分析 / Contract analysis", revision: 1,
      assistanceType: kind, assistanceStatus: kind === "none" ? "not_requested" : "accepted", priceEstimateYen: 0,
      actualStartAt: completed ? start.toJSDate() : null,
      actualEndAt: completed ? actualEnd.toJSDate() : null,
      staffMinutes: completed ? (kind === "none" ? 0 : actualEnd.diff(start, "minutes").minutes) : null,
      recordedAt: completed ? end.toJSDate() : null,
      cancelledById: status === "cancelled" ? (n % 2 === 0 ? user.id : facilityAdmin.id) : null,
      cancelledAt: status === "cancelled" ? start.minus({ days: 2 }).toJSDate() : null,
      cancellationReason: status === "cancelled" ? "都合により / Schedule change" : null,
    }));
  }
  return rows;
}
