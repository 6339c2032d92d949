import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Sqlite from "better-sqlite3";
import { sqlitePath } from "./data-source";
import { dialectOf } from "./dialect";

const run = promisify(execFile);
const PREFIX = "equipment-share-";

export interface Backup {
  file: string;
  bytes: number;
  /** Older backups removed to keep `keep` of them. */
  removed: string[];
}

/** `equipment-share-20261123T084500Z`: sorts by time, names the moment the copy was taken (UTC). */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/**
 * SQLite: an online copy through SQLite's backup API, consistent even while the server is writing (WAL), turned
 * into a single self-contained file (rollback journal) and checked (`integrity_check`, the migration table).
 */
async function backupSqlite(url: string | undefined, file: string): Promise<void> {
  const source = new Sqlite(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  const copy = new Sqlite(file);
  try {
    // The copy inherits WAL mode; a backup must be one self-contained file.
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`backup ${file} failed its integrity check: ${String(integrity)}`);
    copy.prepare("SELECT COUNT(*) FROM migrations").get();
  } finally {
    copy.close();
  }
}

/**
 * PostgreSQL: `pg_dump --format=custom` (restore with `pg_restore`), the password passed in the environment rather
 * than on the command line, then `pg_restore --list` to check the archive reads back.
 */
async function backupPostgres(url: string, file: string): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${target.toString()}`], { env });
  await run("pg_restore", ["--list", file], { maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Copies the database named by `url` (as DATABASE_URL) into `directory` as one timestamped file and keeps the
 * newest `keep` backups there (0 keeps all). Safe while the server runs.
 */
export async function backupDatabase(url: string | undefined, directory: string, options: { keep?: number; now?: Date } = {}): Promise<Backup> {
  fs.mkdirSync(directory, { recursive: true });
  const postgres = dialectOf(url) === "postgres";
  const file = path.join(directory, `${PREFIX}${stamp(options.now ?? new Date())}.${postgres ? "dump" : "sqlite"}`);
  const partial = `${file}.partial`;
  try {
    if (postgres) await backupPostgres(url!, partial);
    else await backupSqlite(url, partial);
    fs.renameSync(partial, file);
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(leftover, { force: true });
  }
  const removed: string[] = [];
  const keep = options.keep ?? 0;
  if (keep > 0) {
    const ours = fs.readdirSync(directory).filter((name) => name.startsWith(PREFIX) && /\.(sqlite|dump)$/.test(name)).sort().reverse();
    for (const name of ours.slice(keep)) {
      fs.rmSync(path.join(directory, name));
      removed.push(path.join(directory, name));
    }
  }
  return { file, bytes: fs.statSync(file).size, removed };
}
