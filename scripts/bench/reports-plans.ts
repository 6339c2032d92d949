/**
 * The plans of the usage report's own reads (scripts/bench/reports.ts), as the app sends them: every statement of
 * one warm region request and of one request after a raw-SQL change (a bucket recomputed) is recorded, and each
 * kind is explained once with its parameters. SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN (ANALYZE, BUFFERS).
 */
import type { TestApp } from "./reports";

const KINDS: Array<[string, RegExp]> = [
  ["bucket states", /^SELECT id, institution_id, starts_at, ends_at, version/],
  ["stored groups", /^WITH f AS \(SELECT id FROM report_bucket/],
  ["grouped read (live edges, or a stale bucket recomputed)", /^WITH m \(b, institution_id/],
  ["returning companies (one probe per company and institution)", /^SELECT c\.id FROM company c/],
];

async function recorded(t: TestApp, request: () => Promise<unknown>): Promise<Array<[string, string, unknown[]]>> {
  const source = t.db.dataSource;
  const original = source.query.bind(source);
  const seen: Array<[string, string, unknown[]]> = [];
  source.query = (async (sql: string, parameters?: unknown[], runner?: never) => {
    const kind = KINDS.find(([, pattern]) => pattern.test(sql.trim()));
    if (kind) seen.push([kind[0], sql, parameters ?? []]);
    return original(sql, parameters, runner);
  }) as typeof source.query;
  try {
    await request();
  } finally {
    source.query = original;
  }
  return seen;
}

export async function printPlans(t: TestApp, institutionId: number): Promise<void> {
  const pg = t.db.dialect === "postgres";
  const coordinator = await t.db.dataSource.query(`SELECT email FROM app_user WHERE role = 'coordinator' LIMIT 1`);
  const authorization = `Bearer ${await t.login(coordinator[0].email)}`;
  const get = () => t.http.get("/api/reports/usage?fiscalYear=2026&groupBy=month").set({ authorization });
  const warm = await recorded(t, get);
  await t.db.dataSource.query(`UPDATE reservation SET staff_minutes = 7 WHERE id = (SELECT MIN(id) + 12345 FROM reservation WHERE institution_id = ${institutionId})`);
  const changed = await recorded(t, get);
  const explained = new Set<string>();
  for (const [phase, statements] of [["warm request", warm], ["request after a raw-SQL change", changed]] as const) {
    console.log(`\n${phase}: ${statements.length} statements of these kinds (${statements.map(([kind]) => kind.split(" (")[0]).join("; ")})`);
    for (const [kind, sql, parameters] of statements) {
      const shape = `${kind}/${parameters.length}/${phase}`;
      if (explained.has(shape)) continue;
      explained.add(shape);
      const plan = await t.db.dataSource.query(`${pg ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN QUERY PLAN"} ${sql}`, parameters);
      console.log(`\nplan, ${kind} (${phase}; ${parameters.length} parameters):\n  ${sql.replace(/\s+/g, " ").slice(0, 300)}…`);
      for (const line of plan) console.log(`  ${line["QUERY PLAN"] ?? line.detail}`);
    }
  }
}
