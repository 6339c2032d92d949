import type { Blackout } from "../platform/db/entities";

export function presentBlackout(row: Blackout) {
  return {
    id: row.id,
    institutionId: row.institutionId,
    instrumentId: row.instrumentId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    kind: row.kind,
    reason: row.reason,
  };
}
