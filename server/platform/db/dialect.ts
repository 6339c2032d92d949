/** Which database the process talks to, read once from DATABASE_URL (unset or sqlite:<path> → embedded SQLite). */
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL);

/** Column type for instants: stored as UTC on both databases. */
export const INSTANT_TYPE = DIALECT === "postgres" ? "timestamptz" : "datetime";

/** An instant as TypeORM stores a `datetime` on SQLite: UTC, "YYYY-MM-DD HH:MM:SS.SSS" (raw statements compare with it as text). */
export const sqliteInstant = (ms: number): string => new Date(ms).toISOString().replace("T", " ").replace("Z", "");

/** An instant as a raw statement's parameter: a Date for PostgreSQL, the stored text on SQLite. */
export const instantParameter = (postgres: boolean, ms: number): Date | string => (postgres ? new Date(ms) : sqliteInstant(ms));
