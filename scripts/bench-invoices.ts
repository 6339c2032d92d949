/**
 * Benchmark: a month's invoice run for one institution with many recorded sessions across many companies.
 * Seeds a fresh database (in-memory SQLite, or DATABASE_URL for PostgreSQL), writes the sessions' charges (two per
 * session: instrument and staff time), then times `runInvoices` and issuing every draft, counting the SQL
 * statements. Prints the numbers; docs/benchmarks.md records runs.
 * Usage: npm run bench:invoices [-- --sessions 10000 --companies 500] (those are the defaults: the issue's month)
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { BillingSettings, Charge, type User } from "../server/platform/db/entities";
import { createDataSource } from "../server/platform/db/data-source";
import { Database } from "../server/platform/db/database";
import { issueInvoice, runInvoices } from "../server/billing";
import { Factories } from "../test/helpers/factories";

const { values } = parseArgs({ options: { sessions: { type: "string", default: "10000" }, companies: { type: "string", default: "500" } } });
const SESSIONS = Number(values.sessions);
const COMPANIES = Number(values.companies);
const MONTH = "2027-05";

/** Counts every statement any query runner of the data source sends. */
function countQueries(db: Database): { count: number } {
  const counter = { count: 0 };
  const runner = db.dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    counter.count++;
    return original.apply(this, args);
  };
  void runner.release();
  return counter;
}

async function seed(db: Database): Promise<User> {
  const make = new Factories(db);
  const institution = await make.institution();
  const instrument = await make.instrument(institution);
  const admin = await make.admin(institution);
  await db.write((em) => em.getRepository(BillingSettings).insert({ institutionId: institution.id, issuerName: "Bench University", registrationNumber: "T7000012050002", invoicePrefix: "BENCH" }));
  const companies = [];
  for (let i = 0; i < COMPANIES; i++) companies.push(await make.company({ name: `Bench company ${i}` }));
  const start = DateTime.fromISO(`${MONTH}-01T00:00`, { zone: "Asia/Tokyo" });
  const rows: Partial<Charge>[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const occurredAt = start.plus({ minutes: Math.floor((i * 31 * 24 * 60) / SESSIONS) }).toJSDate();
    const base = { institutionId: institution.id, companyId: companies[i % COMPANIES].id, reservationId: null, instrumentId: instrument.id, taxCategory: "standard" as const, customerType: "sme" as const, occurredAt, unit: "30min" };
    rows.push({ ...base, kind: "instrument_time", description: `${instrument.nameJa} 装置利用`, quantityMilli: 4000, unitPrice: 2000, amount: 8000 });
    rows.push({ ...base, kind: "staff_time", description: `${instrument.nameJa} 技術職員 操作代行`, quantityMilli: 2000, unitPrice: 1500, amount: 3000 });
  }
  await db.write(async (em) => {
    for (let i = 0; i < rows.length; i += 500) await em.getRepository(Charge).insert(rows.slice(i, i + 500));
  });
  return admin;
}

async function main(): Promise<void> {
  const dataSource = createDataSource(process.env.DATABASE_URL ?? "sqlite::memory:");
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const db = new Database(dataSource);
  const admin = await seed(db);
  const queries = countQueries(db);

  let before = performance.now();
  const drafts = await db.write((em) => runInvoices(em, admin, admin.institutionId!, MONTH));
  const runMs = performance.now() - before;
  const runQueries = queries.count;

  before = performance.now();
  for (const draft of drafts) await db.write((em) => issueInvoice(em, admin, draft.id, Date.parse("2027-06-05T01:00:00Z")));
  const issueMs = performance.now() - before;
  const issueQueries = queries.count - runQueries;

  console.log(`dialect ${db.dialect}, ${SESSIONS} sessions (${SESSIONS * 2} charges), ${COMPANIES} companies → ${drafts.length} drafts`);
  console.log(`run:   ${runMs.toFixed(0)} ms, ${runQueries} statements (${(runQueries / drafts.length).toFixed(1)} per invoice)`);
  console.log(`issue: ${issueMs.toFixed(0)} ms for all, ${(issueMs / drafts.length).toFixed(1)} ms and ${(issueQueries / drafts.length).toFixed(1)} statements per invoice`);
  await db.close();
}

void main();
