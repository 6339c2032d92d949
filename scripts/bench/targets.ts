import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../../server/platform/db/data-source";
import { Database } from "../../server/platform/db/database";
import { migrate } from "../../server/platform/db/migrate";

export const ROOT = path.resolve(__dirname, "../..");

/** Opens (and migrates) a database for preparing a benchmark run. */
export async function openDatabase(url: string): Promise<Database> {
  const dataSource = createDataSource(url, { poolSize: 2, statementTimeoutMs: 0 });
  await dataSource.initialize();
  await migrate(dataSource);
  return new Database(dataSource);
}

/** Creates a PostgreSQL database next to the one `adminUrl` names; drops it first when `fresh`. Returns its URL. */
export async function ensurePostgresDatabase(adminUrl: string, name: string, fresh: boolean): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function removeSqlite(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.resolve(ROOT, file + suffix), { force: true });
}

export interface Process {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point as its own Node process and waits until `readyPath` answers 2xx. */
export async function startProcess(entry: string, port: number, env: Record<string, string>, readyPath: string): Promise<Process> {
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of every started process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(ROOT, process.env.BENCH_CPU_PROF)}`] : [];
  // A built entry (dist/app/…/*.js) runs as `npm start` runs it; a TypeScript one through tsx.
  const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  // BENCH_NODE_FLAGS: more flags for the started processes' Node (e.g. --trace-gc).
  const flags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...flags, ...loader, entry], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn", SEED_DEMO: "false", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Never leave a server behind on the shared ports if the benchmark itself fails.
  process.once("exit", () => child.exitCode === null && child.kill("SIGKILL"));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    if (await fetch(url + readyPath).then((r) => r.status < 500, () => false)) break;
    if (waited > 60_000) throw new Error(`${entry} not ready on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Runs an npm script to completion, inheriting the output (used to seed the large data set when missing). */
export function runNpmScript(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} exited with ${code}`))));
  });
}
