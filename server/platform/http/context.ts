import type { Logger } from "pino";
import type { Clock } from "../clock";
import type { Config } from "../config";
import type { Database } from "../db/database";
import type { Lifecycle } from "./lifecycle";

/** What every route needs: the database, the clock, the configuration and the logger. */
export interface AppContext {
  db: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Set by server/main.ts; absent in tests that never shut down. */
  lifecycle?: Lifecycle;
}
