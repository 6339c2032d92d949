import "reflect-metadata";
import type { Logger } from "typeorm";
import { User } from "../../server/db/entities";
import { computeAvailability } from "../../server/services/availability.service";
import { listInstruments } from "../../server/services/catalogue.service";
import { createReservation } from "../../server/services/reservation.service";
import { BENCH_EMAIL, ensureBenchFixtures, freeSlots } from "./fixtures";
import { nextWeek } from "./scenarios";
import { openDatabase } from "./targets";

/**
 * `npm run bench:plans`: runs the hot paths (catalogue search, a week's availability, one booking) once against
 * DATABASE_URL, captures every SELECT the ORM sends, and prints the database's plan for each one
 * (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE). Use it on the large data set.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ?? "");
  const captured: Array<{ path: string; sql: string; params: unknown[] }> = [];
  let path = "";
  const logger: Logger = {
    logQuery: (sql, params) => void (/^\s*SELECT/i.test(sql) && !/pg_advisory|^SELECT 1$/.test(sql) && captured.push({ path, sql, params: (params as unknown[]) ?? [] })),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  db.dataSource.setOptions({ logging: ["query"], logger });
  const fixtures = await ensureBenchFixtures(db);
  const [{ id }] = await db.manager.query(`SELECT i.id AS id FROM instrument i JOIN staff_instrument s ON s.instrument_id = i.id WHERE i.status = 'active' ORDER BY i.id LIMIT 1`);
  const week = nextWeek();
  const user = await db.manager.getRepository(User).findOneOrFail({ where: { email: BENCH_EMAIL }, relations: { company: true } });
  captured.length = 0;

  // The three catalogue requests the benchmark sends.
  for (const [label, filters] of [
    ["q=xrd", { q: "xrd" }],
    ["q=金属&category=mass_spectrometry", { q: "金属", category: "mass_spectrometry" }],
    ["page=3", { page: 3 }],
  ] as const) {
    path = `catalogue search (${label})`;
    await listInstruments(db.manager, { page: 1, pageSize: 20, ...filters }, "ja", Date.now());
  }
  path = "availability (one instrument, one week)";
  await computeAvailability(db.manager, Number(id), Date.parse(week.from), Date.parse(week.to), Date.now());
  path = "booking";
  const slot = freeSlots(fixtures, 200).next().value!;
  const booked = await db.write((em) => createReservation(em, user, { ...slot, purpose: "plan", assistance: { type: "none" } } as never, Date.now()));
  await db.write((em) => em.query(`DELETE FROM reservation WHERE id = ${Number(booked.id)}`));

  db.dataSource.setOptions({ logging: false });
  const postgres = db.dialect === "postgres";
  for (const { path, sql, params } of captured) {
    const plan: Array<Record<string, unknown>> = await db.manager.query(postgres ? `EXPLAIN (ANALYZE, COSTS OFF) ${sql}` : `EXPLAIN QUERY PLAN ${sql}`, params);
    console.log(`\n### ${path}\n\n\`\`\`sql\n${sql.replace(/\s+/g, " ").slice(0, 600)}\n\`\`\`\n\`\`\`\n${plan.map((row) => (postgres ? row["QUERY PLAN"] : row.detail)).join("\n")}\n\`\`\``);
  }
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
