import "reflect-metadata";
import type { Server } from "node:http";
import pino from "pino";
import { createApp } from "./app";
import { systemClock } from "./clock";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { Database } from "./db/database";
import { loadOrCreateFeedSecret } from "./feed-secret";
import { seedDemoIfEmpty } from "./seed/demo";

/** Starts the server: migrate, load demo data on first start (never in production), serve, shut down gracefully. */
async function main(): Promise<void> {
  const env = loadConfig();
  const config = { ...env, feedSecret: env.feedSecret ?? loadOrCreateFeedSecret(env.feedSecretFile) };
  const logger = pino({ level: config.logLevel, redact: ["password", "passwordHash", "token", "*.password", "*.passwordHash"] });
  const dataSource = createDataSource(config.databaseUrl, { poolSize: config.dbPoolSize });
  await dataSource.initialize();
  const migrations = await dataSource.runMigrations({ transaction: "each" });
  if (migrations.length) logger.info({ migrations: migrations.map((m) => m.name) }, "database migrated");
  const db = new Database(dataSource);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(db, systemClock.now());
    if (seeded) logger.info("demo data loaded (accounts use the password demo-password)");
  }

  const app = createApp({ db, clock: systemClock, config, logger });
  const server: Server = app.listen(config.port, config.host, () => {
    logger.info({ port: config.port, database: dataSource.options.type }, `listening on http://localhost:${config.port}`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
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
