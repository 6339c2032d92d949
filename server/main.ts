import "reflect-metadata";
import type { Server } from "node:http";
import pino from "pino";
import { createApp } from "./app";
import { systemClock } from "./platform/clock";
import { loadConfig } from "./platform/config";
import { createDataSource } from "./platform/db/data-source";
import { Database } from "./platform/db/database";
import { dialectOf } from "./platform/db/dialect";
import { loadOrCreateFeedSecret } from "./calendar-feeds";
import { migrate } from "./platform/db/migrate";
import { createLifecycle } from "./platform/http/lifecycle";
import { startNotificationWorker } from "./notifications";
import { seedDemoIfEmpty } from "./seed";
import { inviteFirstCoordinator } from "./invitations";

/**
 * Starts the server: migrate, load demo data on first start (never in production; there, an empty database gets an
 * invitation for the first coordinator, ADMIN_EMAIL), serve, shut down gracefully.
 */
async function main(): Promise<void> {
  const env = loadConfig();
  if (!env.feedSecret && env.production && dialectOf(env.databaseUrl) === "postgres") {
    // Processes on several machines must derive the same feed addresses; a per-machine file cannot promise that.
    throw new Error("Set FEED_SECRET (32+ characters, the same for every process) when running on PostgreSQL in production");
  }
  const config = { ...env, feedSecret: env.feedSecret ?? loadOrCreateFeedSecret(env.feedSecretFile) };
  const logger = pino({ level: config.logLevel, redact: ["password", "passwordHash", "token", "*.password", "*.passwordHash"] });
  const dataSource = createDataSource(config.databaseUrl, config.dbPool);
  await dataSource.initialize();
  const migrations = await migrate(dataSource);
  if (migrations.length) logger.info({ migrations: migrations.map((m) => m.name) }, "database migrated");
  const db = new Database(dataSource, { maxAttempts: config.dbWriteAttempts });
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(db, systemClock.now(), { uploadDir: config.uploadDir });
    if (seeded) logger.info("demo data loaded (accounts use the password demo-password)");
  } else {
    await inviteFirstCoordinator(db, systemClock, config, logger);
  }

  const notifications = config.notifyWorker ? startNotificationWorker({ db, clock: systemClock, config, logger }) : null;
  const lifecycle = createLifecycle();
  const app = createApp({ db, clock: systemClock, config, logger, lifecycle });
  const server: Server = app.listen(config.port, config.host, () => {
    logger.info({ port: config.port, database: dataSource.options.type }, `listening on http://localhost:${config.port}`);
  });

  const shutdown = (signal: string) => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    const force = setTimeout(() => {
      logger.warn("requests still in flight after the shutdown timeout; exiting anyway");
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    const idle = setInterval(() => server.closeIdleConnections(), 250).unref();
    server.close(async () => {
      clearInterval(idle);
      await notifications?.stop();
      await db.close();
      clearTimeout(force);
      logger.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  console.error("failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
