import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { NotFound, Unauthenticated } from "../errors";
import type { AppContext } from "./context";

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The route pattern a request matched (`/api/reservations/:id`), never the raw URL: ids and tokens stay out.
 * Read when the response finishes, after routers have restored `req.baseUrl`, so the mount path is taken from
 * the URL: its leading segments, less as many as the route pattern has. Worked out once per route.
 */
const routePatterns = new WeakMap<object, string>();

function routeOf(req: Request): string {
  const route: { path?: unknown } | undefined = req.route;
  if (typeof route?.path !== "string") return route === undefined ? "unmatched" : "client";
  // A route object belongs to one router, mounted once: its full pattern never changes.
  let pattern = routePatterns.get(route);
  if (pattern === undefined) {
    const own = route.path;
    const segments = req.originalUrl.split("?")[0].split("/").filter(Boolean);
    const mount = segments.slice(0, Math.max(0, segments.length - own.split("/").filter(Boolean).length)).join("/");
    pattern = `${mount ? `/${mount}` : ""}${own === "/" && mount ? "" : own}`;
    routePatterns.set(route, pattern);
  }
  return pattern;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics for one app (its own registry: tests run many apps in one process): requests by method,
 * route pattern and status, their duration, the PostgreSQL pool's connections, and Node's own
 * process metrics. Each process answers for itself at `GET /metrics`, so scrape every process (as behind a load
 * balancer each is a separate target). Served only when METRICS_TOKEN is set, to a `Bearer` of that token.
 */
export function metrics(ctx: AppContext): { record: RequestHandler; serve: RequestHandler } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({ name: "http_requests_total", help: "HTTP requests answered", labelNames, registers: [registry] });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request",
    labelNames,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  poolGauge(ctx, registry);

  // One labelled child per method, route and status, made on first use: observing through it skips hashing the
  // labels on every request.
  const children = new Map<string, { observe(seconds: number): void; inc(): void }>();
  const childFor = (method: string, route: string, status: string) => {
    const key = `${method} ${route} ${status}`;
    let child = children.get(key);
    if (!child) {
      const timer = duration.labels(method, route, status);
      const counter = requests.labels(method, route, status);
      child = { observe: (seconds) => timer.observe(seconds), inc: () => counter.inc() };
      children.set(key, child);
    }
    return child;
  };

  const record: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.once("finish", () => {
      const child = childFor(req.method, routeOf(req), String(res.statusCode));
      child.observe((performance.now() - started) / 1000);
      child.inc();
    });
    next();
  };

  const serve: RequestHandler = async (req: Request, res: Response) => {
    const token = ctx.config.metricsToken;
    if (!token) throw new NotFound("Metrics (set METRICS_TOKEN to serve them)");
    const given = req.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    if (!sameToken(given, token)) throw new Unauthenticated("A valid metrics token is required");
    res.set("Content-Type", registry.contentType).set("Cache-Control", "no-store").send(await registry.metrics());
  };

  return { record, serve };
}

/** PostgreSQL only: the pool's connections by state. */
function poolGauge(ctx: AppContext, registry: Registry): void {
  const pool = ctx.db.dialect === "postgres" ? (ctx.db.dataSource.driver as unknown as { master?: PgPool }).master : undefined;
  if (pool) {
    new Gauge({
      name: "db_pool_connections",
      help: "PostgreSQL pool connections by state (total, idle, waiting clients)",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
      },
    });
  }
}
