import autocannon from "autocannon";
import { DateTime } from "luxon";
import { freeSlots, type BenchFixtures } from "./fixtures";

export interface Measurement {
  scenario: string;
  target: "app" | "bare";
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function measure(scenario: string, target: Measurement["target"], options: autocannon.Options): Promise<Measurement> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  scenario += options.connections === 1 ? ", 1 connection" : `, ${CONNECTIONS} connections`;
  return {
    scenario, target, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    total: result.requests.total, non2xx: result.non2xx, errors: result.errors + result.timeouts,
  };
}

/** A week from next Monday, in Tokyo: the window the availability scenarios ask for. */
export function nextWeek(): { from: string; to: string } {
  const monday = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1 });
  return { from: monday.toUTC().toISO()!, to: monday.plus({ days: 7 }).toUTC().toISO()! };
}

export interface AppTargets {
  url: string;
  token: string;
  fixtures: BenchFixtures;
  /** An instrument with a realistic calendar (reservations, staff) for the availability scenario. */
  availabilityInstrumentId: number;
  /** Path of the bench company's iCal feed, or null when this build has no feed endpoint. */
  icalPath: string | null;
  /** Offset in days so that app and bare booking runs never ask for the same slot. */
  slotOffset: number;
}

/** Reads are measured twice: one connection (latency of a request on an idle server) and CONNECTIONS (throughput). */
async function reads(target: Measurement["target"], catalogue: autocannon.Options, availability: autocannon.Options): Promise<Measurement[]> {
  return [
    await measure("catalogue search", target, { ...catalogue, connections: 1, duration: Math.ceil(DURATION / 2) }),
    await measure("catalogue search", target, catalogue),
    await measure("availability (1 instrument, 1 week)", target, { ...availability, connections: 1, duration: Math.ceil(DURATION / 2) }),
    await measure("availability (1 instrument, 1 week)", target, availability),
  ];
}

export async function measureApp(t: AppTargets): Promise<Measurement[]> {
  const week = nextWeek();
  const results = await reads(
    "app",
    { url: t.url, requests: [{ path: "/api/instruments?q=xrd" }, { path: "/api/instruments?q=%E9%87%91%E5%B1%9E&category=mass_spectrometry" }, { path: "/api/instruments?page=3" }] },
    { url: t.url, requests: [{ path: `/api/instruments/${t.availabilityInstrumentId}/availability?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}` }] },
  );
  const slots = freeSlots(t.fixtures, t.slotOffset);
  results.push(
    await measure("booking (distinct free slots)", "app", {
      url: t.url,
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
  if (t.icalPath) results.push(await measure(`iCal feed (2,000 events)`, "app", { url: t.url, requests: [{ path: t.icalPath }] }));
  return results;
}

export async function measureBare(url: string, t: Pick<AppTargets, "fixtures" | "availabilityInstrumentId" | "slotOffset">): Promise<Measurement[]> {
  const week = nextWeek();
  const slots = freeSlots(t.fixtures, t.slotOffset);
  const { institutionId, companyId, userId } = t.fixtures;
  return [
    ...(await reads(
      "bare",
      { url, requests: [{ path: "/catalogue?q=xrd" }, { path: "/catalogue?q=%E9%87%91%E5%B1%9E" }, { path: "/catalogue?q=" }] },
      { url, requests: [{ path: `/availability/${t.availabilityInstrumentId}?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}` }] },
    )),
    await measure("booking (distinct free slots)", "bare", {
      url,
      headers: { "content-type": "application/json" },
      requests: [{
        method: "POST",
        path: "/book",
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...slots.next().value!, institutionId, companyId, userId }) }),
      }],
    }),
  ];
}
