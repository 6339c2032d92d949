import autocannon from "autocannon";
import { DateTime } from "luxon";
import { cpuMeter, type CpuPerRequest } from "./cpu";
import { ICAL_EVENTS, freeSlots, type BenchFixtures } from "./fixtures";

export interface Measurement {
  scenario: string;
  target: "app" | "bare";
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  /** CPU per request in µs (`./cpu`), where /proc shows it. */
  cpu?: CpuPerRequest;
}

/** The server under test: its URL and, to count its CPU, its process id and whether it runs on PostgreSQL. */
export interface Server {
  url: string;
  pid?: number;
  postgres: boolean;
}

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
/** Seconds of the same load before each measurement, not counted: the JIT compiles the server's hot paths first. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** BENCH_SCENARIOS=catalogue,availability,ical,booking: measure only these (default: all). */
const SCENARIOS = process.env.BENCH_SCENARIOS?.split(",");
const wanted = (name: "catalogue" | "availability" | "ical" | "booking") => !SCENARIOS || SCENARIOS.includes(name);

/** What autocannon sends; the URL is the server's. */
type Load = Omit<autocannon.Options, "url">;

/** `expectStatus`: the one status every answer must have (default: any 2xx); anything else is counted in `non2xx`. */
async function measure(scenario: string, target: Measurement["target"], server: Server, options: Load, expectStatus?: number): Promise<Measurement> {
  if (WARMUP > 0) await autocannon({ connections: CONNECTIONS, url: server.url, ...options, duration: WARMUP });
  const meter = cpuMeter(server.pid, server.postgres);
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, url: server.url, ...options });
  const cpu = meter.stop(result.requests.total);
  scenario += options.connections === 1 ? ", 1 connection" : `, ${CONNECTIONS} connections`;
  const unexpected = expectStatus === undefined
    ? result.non2xx
    : Object.entries(result.statusCodeStats ?? {}).reduce((sum, [status, stats]) => sum + (Number(status) === expectStatus ? 0 : (stats?.count ?? 0)), 0);
  return {
    scenario, target, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    total: result.requests.total, non2xx: unexpected, errors: result.errors + result.timeouts, cpu,
  };
}

/** A week from next Monday, in Tokyo: the window the availability scenarios ask for. */
export function nextWeek(): { from: string; to: string } {
  const monday = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1 });
  return { from: monday.toUTC().toISO()!, to: monday.plus({ days: 7 }).toUTC().toISO()! };
}

export interface AppTargets {
  server: Server;
  token: string;
  fixtures: BenchFixtures;
  /** An instrument with a realistic calendar (reservations, staff) for the availability scenario. */
  availabilityInstrumentId: number;
  /** Path of the bench company's iCal feed (2,000 events). */
  icalPath: string;
  /** Offset in days so that app and bare booking runs never ask for the same slot. */
  slotOffset: number;
}

/** Reads are measured twice: one connection (latency of a request on an idle server) and CONNECTIONS (throughput). */
async function reads(target: Measurement["target"], server: Server, catalogue: Load, availability: Load): Promise<Measurement[]> {
  const results: Measurement[] = [];
  if (wanted("catalogue")) {
    results.push(await measure("catalogue search", target, server, { ...catalogue, connections: 1, duration: Math.ceil(DURATION / 2) }));
    results.push(await measure("catalogue search", target, server, catalogue));
  }
  if (wanted("availability")) {
    results.push(await measure("availability (1 instrument, 1 week)", target, server, { ...availability, connections: 1, duration: Math.ceil(DURATION / 2) }));
    results.push(await measure("availability (1 instrument, 1 week)", target, server, availability));
  }
  return results;
}

export async function measureApp(t: AppTargets): Promise<Measurement[]> {
  const week = nextWeek();
  const results = await reads(
    "app",
    t.server,
    { requests: [{ path: "/api/instruments?q=xrd" }, { path: "/api/instruments?q=%E9%87%91%E5%B1%9E&category=mass_spectrometry" }, { path: "/api/instruments?page=3" }] },
    { requests: [{ path: `/api/instruments/${t.availabilityInstrumentId}/availability?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}` }] },
  );
  // The feed is measured before the booking run, which adds the company's new bookings to it.
  if (wanted("ical")) results.push(...(await feed(t.server, t.icalPath)));
  if (!wanted("booking")) return results;
  const slots = freeSlots(t.fixtures, t.slotOffset);
  results.push(
    await measure("booking (distinct free slots)", "app", t.server, {
      headers: { authorization: `Bearer ${t.token}`, "content-type": "application/json" },
      requests: [{
        method: "POST",
        path: "/api/reservations",
        setupRequest: (req) => {
          const slot = slots.next().value!;
          return { ...req, body: JSON.stringify({ ...slot, purpose: "bench", assistance: { type: "none" } }) };
        },
      }],
    }),
  );
  return results;
}

/**
 * The feed as a calendar app polls it: a plain GET (rendered once, then reused), a conditional GET answered 304,
 * and a GET accepting gzip as calendar apps send it (compressed once per rendered feed).
 */
async function feed(server: Server, path: string): Promise<Measurement[]> {
  const first = await fetch(server.url + path, { headers: { "accept-encoding": "identity" } });
  const body = await first.text();
  const etag = first.headers.get("etag");
  const events = body.split("BEGIN:VEVENT").length - 1;
  if (first.status !== 200 || !etag || events !== ICAL_EVENTS) throw new Error(`iCal feed: ${first.status}, ETag ${etag}, ${events} events (expected ${ICAL_EVENTS})`);
  return [
    await measure("iCal feed (2,000 events), 200", "app", server, { requests: [{ path }] }, 200),
    await measure("iCal feed (2,000 events), 304 If-None-Match", "app", server, { requests: [{ path, headers: { "if-none-match": etag } }] }, 304),
    await measure("iCal feed (2,000 events), 200 gzip", "app", server, { requests: [{ path, headers: { "accept-encoding": "gzip" } }] }, 200),
  ];
}

export async function measureBare(server: Server, t: Pick<AppTargets, "fixtures" | "availabilityInstrumentId" | "slotOffset">): Promise<Measurement[]> {
  const week = nextWeek();
  const slots = freeSlots(t.fixtures, t.slotOffset);
  const { institutionId, companyId, userId } = t.fixtures;
  const results = await reads(
    "bare",
    server,
    { requests: [{ path: "/catalogue?q=xrd" }, { path: "/catalogue?q=%E9%87%91%E5%B1%9E" }, { path: "/catalogue?q=" }] },
    { requests: [{ path: `/availability/${t.availabilityInstrumentId}?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}` }] },
  );
  if (!wanted("booking")) return results;
  results.push(
    await measure("booking (distinct free slots)", "bare", server, {
      headers: { "content-type": "application/json" },
      requests: [{
        method: "POST",
        path: "/book",
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...slots.next().value!, institutionId, companyId, userId }) }),
      }],
    }),
  );
  return results;
}
