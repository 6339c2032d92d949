import type { EntityManager } from "typeorm";
import type { Database } from "../platform/db/database";
import { instant } from "./report-rows";
import { groupRowOf, readGroupRows, type Bucket, type GroupRow } from "./reservation-groups";
import { instantParameter } from "../platform/db/dialect";
import { chunks } from "../platform/db/in-chunks";

/**
 * Exact precomputed groups (issue #19). A whole local month of one institution is a row of `report_bucket` (its UTC
 * bounds fixed when made); its grouped reservations are stored in `report_bucket_row`. Triggers (migration
 * 1765100000000) bump the bucket's `version` whenever a reservation starting in it is written, or a staff-declined
 * audit event about one is, by any path. A report reads a bucket's stored rows when `fresh_version = version`, and
 * otherwise recomputes it: the version is read before the reservations, and the bucket is marked fresh at that
 * version only, so a write committed meanwhile leaves it stale. Edge stretches and cut months are read live.
 */

interface Stored {
  id: number;
  bucket: Bucket;
  version: number;
  fresh: number | null;
}

/** Buckets recomputed per transaction (SQLite holds the write queue for one batch at a time). */
const BATCH = 12;
const COLUMNS = [
  "bucket_id", "lone", "instrument_id", "company_id", "status", "assistance_type", "assistance_status", "cancelled_by_id", "count",
  "starts_at", "ends_at", "actual_start_at", "actual_end_at", "staff_minutes_one", "planned_minutes", "recorded", "actual_minutes", "staff_minutes",
];

/**
 * The stored rows as a report reads them, added up over its buckets where the report cannot tell them apart: over
 * the months unless it is grouped by time (`byMonth`), keeping every column a report row or a distinct company
 * count depends on (instrument, company, status, assistance, canceller; `lone` rows stay one each). A group's own
 * end and recorded times are not read (only its minutes count, and a start inside the month places it).
 */
const KEYS = ["lone", "instrument_id", "company_id", "status", "assistance_type", "assistance_status", "cancelled_by_id"];
const OF_LONE = ["ends_at", "actual_start_at", "actual_end_at", "staff_minutes_one"];
const SUMS = ["count", "planned_minutes", "recorded", "actual_minutes", "staff_minutes"];
/** The columns of `storedGroups` after `bucket_ref`, in order (a UNION takes its names from its first part). */
const STORED_NAMES = [...KEYS, "starts_at", ...OF_LONE, ...SUMS];

function storedGroups(byMonth: boolean): string {
  // By month: a bucket's stored rows are already one per KEYS (the grouped read's GROUP BY), read as they are.
  const of = (aggregate: string, c: string) => (byMonth ? `g.${c}` : `${aggregate}(g.${c})`);
  const ofLone = OF_LONE.map((c) => `CASE WHEN g.lone = 0 THEN NULL ELSE ${of("MIN", c)} END AS ${c}`);
  const sums = SUMS.map((c) => `${of("SUM", c)} AS ${c}`);
  return `SELECT NULL AS bucket_ref, ${KEYS.map((c) => `g.${c}`).join(", ")}, ${of("MIN", "starts_at")} AS starts_at, ${[...ofLone, ...sums].join(", ")}
    FROM f INNER JOIN report_bucket_row g ON g.bucket_id = f.id${byMonth ? "" : `
    GROUP BY ${KEYS.map((c) => `g.${c}`).join(", ")}`}`;
}

const isPostgres = (em: EntityManager) => em.connection.driver.options.type === "postgres";
const keyOf = (institutionId: number, start: number, end: number) => `${institutionId}/${start}/${end}`;
const isStale = (s: Stored) => s.fresh === null || s.fresh !== s.version;

function placeholders(postgres: boolean, rows: number, columns: number, from = 1): string {
  let n = from;
  return Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => (postgres ? `$${n++}` : "?")).join(", ")})`).join(", ");
}

/** `n` parameters for an `IN (…)` list (without the parentheses). */
const idList = (postgres: boolean, n: number) => placeholders(postgres, 1, n).slice(1, -1);

/** The bucket rows of these whole months, as they are now (made if missing). */
async function readBuckets(em: EntityManager, whole: Bucket[]): Promise<Map<string, Stored>> {
  const postgres = isPostgres(em);
  const institutions = [...new Set(whole.map((b) => b.institutionId))];
  const from = Math.min(...whole.map((b) => b.interval.start));
  const to = Math.max(...whole.map((b) => b.interval.start)) + 1;
  const p = (n: number) => (postgres ? `$${n}` : "?");
  const rows: Array<Record<string, unknown>> = await em.query(
    `SELECT id, institution_id, starts_at, ends_at, version, fresh_version FROM report_bucket
     WHERE starts_at >= ${p(1)} AND starts_at < ${p(2)} AND institution_id IN (${institutions.map((_, i) => p(i + 3)).join(", ")})`,
    [instantParameter(postgres, from), instantParameter(postgres, to), ...institutions],
  );
  const wanted = new Map(whole.map((b) => [keyOf(b.institutionId, b.interval.start, b.interval.end), b]));
  const found = new Map<string, Stored>();
  for (const row of rows) {
    const key = keyOf(Number(row.institution_id), instant(row.starts_at as string)!, instant(row.ends_at as string)!);
    const bucket = wanted.get(key);
    if (bucket) {
      found.set(key, { id: Number(row.id), bucket, version: Number(row.version), fresh: row.fresh_version === null ? null : Number(row.fresh_version) });
    }
  }
  return found;
}

/**
 * Makes the missing bucket rows. PostgreSQL: in a transaction that first takes SHARE locks on `reservation` and
 * `audit_event`, which waits for every transaction writing them to finish and holds new writers until the buckets
 * are committed: no writer can have written a reservation before its bucket existed (bumping nothing) and commit
 * after the bucket is computed. The wait is capped (`lock_timeout`); a bucket not made this time is read live.
 */
async function ensureBuckets(db: Database, whole: Bucket[]): Promise<Map<string, Stored>> {
  const found = await readBuckets(db.manager, whole);
  const missing = whole.filter((b) => !found.has(keyOf(b.institutionId, b.interval.start, b.interval.end)));
  if (missing.length === 0) return found;
  try {
    await db.write(async (em) => {
      const postgres = isPostgres(em);
      if (postgres) {
        await em.query(`SET LOCAL lock_timeout = '200ms'`);
        await em.query(`LOCK TABLE reservation, audit_event IN SHARE MODE`);
      }
      for (const chunk of chunks(missing)) {
        await em.query(
          `INSERT INTO report_bucket (institution_id, starts_at, ends_at) VALUES ${placeholders(postgres, chunk.length, 3)} ON CONFLICT DO NOTHING`,
          chunk.flatMap((b) => [b.institutionId, instantParameter(postgres, b.interval.start), instantParameter(postgres, b.interval.end)]),
        );
      }
    });
  } catch (error) {
    if ((error as { driverError?: { code?: string } }).driverError?.code !== "55P03") throw error;
  }
  return readBuckets(db.manager, whole);
}

/**
 * Replaces the stored rows of the buckets whose version is still the one read before their rows were, and marks
 * them fresh at it. PostgreSQL: the bucket rows are locked first, so two reports storing the same bucket take
 * turns (the second deletes what the first stored), and a writer's version bump lands before or after, never
 * between the check and the mark. SQLite: the write queue already runs one transaction at a time.
 */
async function store(em: EntityManager, stored: Stored[], versions: Map<number, number>, rows: GroupRow[]): Promise<void> {
  const postgres = isPostgres(em);
  const at = (ms: number | null) => (ms === null ? null : instantParameter(postgres, ms));
  const current = await versionsOf(em, stored, { lock: true });
  const unchanged = new Set([...current].filter(([id, version]) => version === versions.get(id)).map(([id]) => id));
  const ids = stored.map((s) => s.id).filter((id) => unchanged.has(id));
  if (ids.length === 0) return;
  const indexOf = new Map(stored.map((s, i) => [i, s.id]));
  await em.query(`DELETE FROM report_bucket_row WHERE bucket_id IN (${idList(postgres, ids.length)})`, ids);
  const kept = rows.filter((r) => unchanged.has(indexOf.get(r.bucket) ?? -1));
  for (const chunk of chunks(kept)) {
    await em.query(
      `INSERT INTO report_bucket_row (${COLUMNS.join(", ")}) VALUES ${placeholders(postgres, chunk.length, COLUMNS.length)}`,
      chunk.flatMap((r) => [indexOf.get(r.bucket), r.lone, r.instrumentId, r.companyId, r.status, r.assistanceType, r.assistanceStatus, r.cancelledById, r.count,
        at(r.startsAt), at(r.endsAt), at(r.actualStartAt), at(r.actualEndAt), r.staffMinutesOne, r.plannedMinutes, r.recorded, r.actualMinutes, r.staffMinutes]),
    );
  }
  for (const id of ids) await em.query(`UPDATE report_bucket SET fresh_version = ${postgres ? "$1" : "?"} WHERE id = ${postgres ? "$2" : "?"}`, [versions.get(id), id]);
}

/** The buckets' versions now; `lock`: on PostgreSQL also lock their rows, in id order, until the transaction ends. */
async function versionsOf(em: EntityManager, stored: Stored[], { lock = false } = {}): Promise<Map<number, number>> {
  const postgres = isPostgres(em);
  const rows: Array<{ id: number; version: number }> = await em.query(
    `SELECT id, version FROM report_bucket WHERE id IN (${idList(postgres, stored.length)})${lock ? ` ORDER BY id${postgres ? " FOR UPDATE" : ""}` : ""}`,
    stored.map((s) => s.id),
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.version)]));
}

/**
 * Recomputes stale buckets and stores them. SQLite: inside the write queue (nothing else writes meanwhile, and
 * the read cannot see another transaction's uncommitted rows). PostgreSQL: the version, then the reservations as
 * committed, then the rows stored in a write transaction.
 */
async function refresh(db: Database, stale: Stored[]): Promise<void> {
  if (db.dialect === "sqlite") {
    await db.write(async (em) => {
      const versions = await versionsOf(em, stale);
      await store(em, stale, versions, await readGroupRows(em, stale.map((s) => s.bucket)));
    });
    return;
  }
  const versions = await versionsOf(db.manager, stale);
  const rows = await readGroupRows(db.manager, stale.map((s) => s.bucket));
  await db.write((em) => store(em, stale, versions, rows));
}

/**
 * The stored rows of the buckets that are fresh (added up, `storedGroups`), and which those are, in one statement
 * (one snapshot: a bucket stored or made stale meanwhile is seen wholly before or wholly after).
 */
async function readFresh(em: EntityManager, stored: Stored[], byMonth: boolean): Promise<{ rows: GroupRow[]; fresh: Set<number> }> {
  const postgres = isPostgres(em);
  const rows: GroupRow[] = [];
  const fresh = new Set<number>();
  for (const chunk of chunks(stored)) {
    const found: Array<Record<string, unknown>> = await em.query(
      `WITH f AS (SELECT id FROM report_bucket WHERE id IN (${idList(postgres, chunk.length)}) AND fresh_version = version)
       SELECT f.id AS bucket_ref, ${STORED_NAMES.map((c) => `NULL AS ${c}`).join(", ")} FROM f
       UNION ALL ${storedGroups(byMonth)}`,
      chunk.map((s) => s.id),
    );
    for (const row of found) {
      if (row.bucket_ref !== null) fresh.add(Number(row.bucket_ref));
      else rows.push(groupRowOf(row, -1));
    }
  }
  return { rows, fresh };
}

/**
 * The group rows of these buckets: whole months from storage (recomputed first when stale), the rest live. The
 * final read runs with committed rows only (SQLite: in the write queue) and reads live any bucket that a write made
 * stale again since its recomputation, so every bucket is as of that read.
 */
export async function loadBucketedRows(db: Database, buckets: Bucket[], byMonth: boolean): Promise<GroupRow[]> {
  const whole = buckets.filter((b) => b.whole);
  const live = buckets.filter((b) => !b.whole);
  const rows = await readGroupRows(db.manager, live);
  if (whole.length === 0) return rows;
  const known = await ensureBuckets(db, whole);
  for (const batch of chunks([...known.values()].filter(isStale), BATCH)) await refresh(db, batch);
  const final = await db.readCommitted(async (em) => {
    const stored = await readFresh(em, [...known.values()], byMonth);
    const ids = new Map([...known.values()].map((s) => [s.bucket, s.id]));
    return [...stored.rows, ...(await readGroupRows(em, whole.filter((b) => !stored.fresh.has(ids.get(b) ?? -1))))];
  });
  return [...rows, ...final];
}
