import type { Router } from "express";
import type { ErrorBody } from "../../../shared/errors";
import type { ReadyResponse } from "../../../shared/schemas/health";
import type { AppContext } from "./context";

const notReady = (message: string): ErrorBody => ({ error: { code: "unavailable", message } });

/**
 * Liveness (the process answers) and readiness (it can serve: database reachable, not draining), registered on
 * the API router itself: a router of their own mounted at / would be entered by every request.
 */
export function healthRoutes(router: Router, ctx: AppContext): void {
  router.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    res.set("cache-control", "no-store");
    if (ctx.lifecycle?.draining) {
      res.status(503).json(notReady("Shutting down"));
      return;
    }
    if (!(await ctx.db.ping())) {
      res.status(503).json(notReady("The database is not reachable"));
      return;
    }
    const body: ReadyResponse = { status: "ready", database: ctx.db.dialect };
    res.json(body);
  });
}
