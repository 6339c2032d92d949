import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Sqlite from "better-sqlite3";
import { Client } from "pg";
import { backupDatabase } from "../../../server/platform/db/backup";
import { createDataSource } from "../../../server/platform/db/data-source";
import { Database } from "../../../server/platform/db/database";
import { migrate } from "../../../server/platform/db/migrate";
import { seedDemoIfEmpty } from "../../../server/seed/demo";
import { testDatabaseUrl } from "../../helpers/test-app";
import { createThrowawayDatabase, isPostgresUrl } from "../../helpers/pg-database";

const run = promisify(execFile);
const postgres = isPostgresUrl(testDatabaseUrl());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const cleanups: Array<() => Promise<void>> = [];
let url: string;
let db: Database;

beforeAll(async () => {
  if (postgres) {
    const throwaway = await createThrowawayDatabase(testDatabaseUrl());
    cleanups.push(throwaway.drop);
    url = throwaway.url;
  } else {
    url = `sqlite:${path.join(dir, "live.sqlite")}`;
  }
  db = new Database(createDataSource(url));
  await db.dataSource.initialize();
  await migrate(db.dataSource);
  await seedDemoIfEmpty(db, Date.parse("2027-06-07T00:00:00Z"));
});
afterAll(async () => {
  await db.close();
  for (const cleanup of cleanups) await cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (sql: string) => Number((await db.manager.query(sql))[0].n);

/** What the backup file holds, read the way an operator would restore it. */
async function countInBackup(file: string, sql: string): Promise<number> {
  if (!postgres) {
    const copy = new Sqlite(file, { readonly: true });
    try {
      return Number((copy.prepare(sql).get() as { n: number }).n);
    } finally {
      copy.close();
    }
  }
  const restored = await createThrowawayDatabase(testDatabaseUrl());
  cleanups.push(restored.drop);
  const target = new URL(restored.url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(target.password) };
  target.password = "";
  await run("pg_restore", ["--no-owner", `--dbname=${target.toString()}`, file], { env });
  const client = new Client({ connectionString: restored.url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

test("a backup taken while the server writes holds every committed row and restores", async () => {
  const reservations = await count("SELECT COUNT(*) AS n FROM reservation");
  const writing = db.write((em) => em.query("UPDATE instrument SET room = room WHERE id > 0"));
  const backup = await backupDatabase(url, path.join(dir, "out"));
  await writing;
  expect(backup.bytes).toBeGreaterThan(0);
  expect(path.basename(backup.file)).toMatch(postgres ? /^equipment-share-\d{8}T\d{6}Z\.dump$/ : /^equipment-share-\d{8}T\d{6}Z\.sqlite$/);
  expect(fs.readdirSync(path.join(dir, "out"))).toEqual([path.basename(backup.file)]);
  expect(reservations).toBeGreaterThan(0);
  expect(await countInBackup(backup.file, "SELECT COUNT(*) AS n FROM reservation")).toBe(reservations);
  expect(await countInBackup(backup.file, "SELECT COUNT(*) AS n FROM instrument")).toBe(await count("SELECT COUNT(*) AS n FROM instrument"));
});

test("keeps the newest backups when asked to", async () => {
  const out = path.join(dir, "rotating");
  const names = [];
  for (const day of ["2027-06-01", "2027-06-02", "2027-06-03"]) {
    names.push(path.basename((await backupDatabase(url, out, { keep: 2, now: new Date(`${day}T03:00:00Z`) })).file));
  }
  expect(fs.readdirSync(out).sort()).toEqual(names.slice(1));
});

test("an unreachable database fails loudly and leaves no partial file", async () => {
  const out = path.join(dir, "failed");
  const missing = postgres ? testDatabaseUrl().replace(/\/[^/]*$/, "/no_such_database_here") : `sqlite:${path.join(dir, "missing.sqlite")}`;
  // The driver's error may come from another realm than Jest's `Error`, so check the message, not the class.
  const failure = await backupDatabase(missing, out).then(() => null, (error: { message?: string }) => String(error?.message));
  expect(failure).toMatch(postgres ? /no_such_database_here/ : /unable to open database file/);
  expect(fs.readdirSync(out)).toEqual([]);
});
