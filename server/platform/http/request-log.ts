import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { redactUrl } from "./redact";

/** Probes a load balancer or Prometheus sends every few seconds: not worth a line each. */
const QUIET_PATHS = new Set(["/api/health", "/api/ready", "/metrics"]);

/**
 * One JSON line per answered request: `{req: {id, method, url}, res: {statusCode}, responseTime}`, at `error`
 * for 5xx, `warn` for 4xx, `info` otherwise ("request aborted" when the client went away first). Never headers
 * (cookies, bearer tokens), bodies (passwords) or feed tokens (`redactUrl`).
 *
 * Not pino-http: it serialises every request into a child logger before the request runs, whether or not a line
 * is written, which cost a booking about a tenth of its CPU with `LOG_LEVEL=warn` (docs/benchmarks.md, sixth
 * run). Here nothing is built unless the level is enabled.
 */
export function requestLog(logger: Logger): RequestHandler {
  let lastId = 0;
  return (req: Request, res: Response, next: NextFunction) => {
    if (QUIET_PATHS.has(req.url)) return next();
    const id = (lastId = (lastId + 1) & 0x7fffffff);
    const started = Date.now();
    const done = () => {
      res.off("finish", done).off("close", done);
      const aborted = !res.writableFinished;
      const status = res.statusCode;
      const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        { req: { id, method: req.method, url: redactUrl(req.originalUrl) }, res: { statusCode: status }, responseTime: Date.now() - started },
        aborted ? "request aborted" : "request completed",
      );
    };
    res.on("finish", done).on("close", done);
    next();
  };
}
