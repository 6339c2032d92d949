import type { PoolOptions } from "./db/data-source";

/** Runtime configuration, read once from the environment. Documented in the README. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  production: boolean;
  logLevel: string;
  /** Load the demo data set into an empty database (never in production). */
  seedDemo: boolean;
  /** Send cookies with the Secure flag (default: on in production). */
  secureCookies: boolean;
  /** Express "trust proxy" setting, for deployments behind a load balancer. */
  trustProxy: string | boolean;
  /** Public base URL (for absolute links such as calendar feeds); derived from the request when unset. */
  publicUrl: string | undefined;
  /** Secret that calendar feed addresses are derived from (FEED_SECRET); main.ts falls back to a generated file. */
  feedSecret: string | undefined;
  /** Where the generated feed secret is kept when FEED_SECRET is unset. */
  feedSecretFile: string;
  /** PostgreSQL pool and timeouts (SQLite ignores them). */
  dbPool: PoolOptions;
  /** How many times a write transaction is tried when PostgreSQL reports a serialization failure or deadlock. */
  dbWriteAttempts: number;
  /** How long shutdown waits for requests in flight before exiting anyway. */
  shutdownTimeoutMs: number;
  loginRateLimit: { windowMs: number; max: number; maxPerAddress: number };
  /** Bearer token that GET /metrics (Prometheus) requires; metrics are not served when unset. */
  metricsToken: string | undefined;
  /** Build the catalogue search index when the app starts rather than on the first search (off in tests). */
  warmSearchIndex: boolean;
  /** SMTP server for e-mail (smtp://user:pass@host:587); unset: messages are written to mailDir as .eml files. */
  smtpUrl: string | undefined;
  /** The From address of e-mails (MAIL_FROM). */
  mailFrom: string;
  /** Where e-mails go without SMTP_URL (MAIL_DIR, default data/mail). */
  mailDir: string;
  /** How often the notification worker looks for new events and due e-mails when idle (NOTIFY_INTERVAL_MS). */
  notifyIntervalMs: number;
  /** Whether this process runs a notification worker (NOTIFY_WORKER, default on). Off: it only writes the outbox. */
  notifyWorker: boolean;
  /** How long an invitation link stays valid (INVITATION_TTL_DAYS, default 7). */
  invitationTtlMs: number;
  /** Production start on an empty database: who is invited as the first coordinator (ADMIN_EMAIL). */
  adminEmail: string | undefined;
  /** Where uploaded files are kept: instrument photos and booking attachments (UPLOAD_DIR, default data/uploads). */
  uploadDir: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    production,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    seedDemo: !production && flag(env.SEED_DEMO, true),
    secureCookies: flag(env.COOKIE_SECURE, production),
    trustProxy: env.TRUST_PROXY === undefined ? false : /^\d+$/.test(env.TRUST_PROXY) ? env.TRUST_PROXY : flag(env.TRUST_PROXY, false),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, "") || undefined,
    feedSecret: env.FEED_SECRET || undefined,
    feedSecretFile: env.FEED_SECRET_FILE || "data/feed-secret",
    dbPool: {
      poolSize: Number(env.DB_POOL_SIZE ?? 10),
      statementTimeoutMs: Number(env.DB_STATEMENT_TIMEOUT_MS ?? 10_000),
      connectTimeoutMs: Number(env.DB_CONNECT_TIMEOUT_MS ?? 5_000),
      idleTimeoutMs: Number(env.DB_IDLE_TIMEOUT_MS ?? 30_000),
      idleInTransactionTimeoutMs: Number(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 30_000),
      applicationName: env.DB_APPLICATION_NAME || "equipment-share",
    },
    dbWriteAttempts: Number(env.DB_WRITE_ATTEMPTS ?? 5),
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
    loginRateLimit: {
      windowMs: Number(env.LOGIN_RATE_WINDOW_MS ?? 15 * 60_000),
      max: Number(env.LOGIN_RATE_MAX ?? 10),
      maxPerAddress: Number(env.LOGIN_RATE_MAX_PER_ADDRESS ?? 50),
    },
    metricsToken: env.METRICS_TOKEN || undefined,
    warmSearchIndex: flag(env.SEARCH_WARM, env.NODE_ENV !== "test"),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || "Equipment Share <no-reply@equipment-share.localhost>",
    mailDir: env.MAIL_DIR || "data/mail",
    notifyIntervalMs: Number(env.NOTIFY_INTERVAL_MS ?? 2_000),
    notifyWorker: flag(env.NOTIFY_WORKER, true),
    invitationTtlMs: Number(env.INVITATION_TTL_DAYS ?? 7) * 86_400_000,
    adminEmail: env.ADMIN_EMAIL?.trim().toLowerCase() || undefined,
    uploadDir: env.UPLOAD_DIR || "data/uploads",
  };
}
