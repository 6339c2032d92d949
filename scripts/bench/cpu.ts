import fs from "node:fs";

/**
 * CPU time spent per request, read from Linux's /proc around a measurement: the server process (all its threads)
 * and every local PostgreSQL process. Requests per second swing with whatever else the machine runs; the CPU a
 * request costs barely does, so it shows where a request's cost sits and whether a change really saved work.
 * Off Linux, or with PostgreSQL on another host, the numbers are simply absent.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports.

/** utime + stime of one process in µs, or null when it cannot be read. */
function processMicros(pid: number): number | null {
  try {
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return null;
  }
}

/** CPU of every process whose command line starts with "postgres" (the postmaster's backends name themselves so). */
function postgresMicros(): Map<number, number> {
  const byPid = new Map<number, number>();
  if (!fs.existsSync("/proc")) return byPid;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").startsWith("postgres")) continue;
    } catch {
      continue;
    }
    const micros = processMicros(Number(entry));
    if (micros !== null) byPid.set(Number(entry), micros);
  }
  return byPid;
}

export interface CpuPerRequest {
  /** µs of server CPU per request (all of the Node process's threads: JavaScript, GC, I/O). */
  server: number | null;
  /** µs of PostgreSQL CPU per request (every local postgres process); null for SQLite, which runs in the server. */
  database: number | null;
}

/** Starts counting; `stop(requests)` returns the CPU per request since then. */
export function cpuMeter(serverPid: number | undefined, postgres: boolean): { stop(requests: number): CpuPerRequest } {
  const serverBefore = serverPid === undefined ? null : processMicros(serverPid);
  const databaseBefore = postgres ? postgresMicros() : new Map<number, number>();
  return {
    stop(requests) {
      const serverAfter = serverPid === undefined ? null : processMicros(serverPid);
      let database: number | null = null;
      if (postgres) {
        // A backend started during the run (a pool growing) spent all its CPU within it.
        if (databaseBefore.size > 0) for (const [pid, after] of postgresMicros()) database = (database ?? 0) + after - (databaseBefore.get(pid) ?? 0);
      }
      const per = (micros: number | null) => (micros === null || requests === 0 ? null : Math.round(micros / requests));
      return { server: per(serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore), database: per(database) };
    },
  };
}
