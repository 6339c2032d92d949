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
  dbPoolSize: number;
  loginRateLimit: { windowMs: number; max: number };
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
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    loginRateLimit: { windowMs: Number(env.LOGIN_RATE_WINDOW_MS ?? 15 * 60_000), max: Number(env.LOGIN_RATE_MAX ?? 10) },
  };
}
