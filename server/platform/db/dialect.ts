/** Which database the process talks to, read once from DATABASE_URL (unset or sqlite:<path> → embedded SQLite). */
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL);

/** Column type for instants: stored as UTC on both databases. */
export const INSTANT_TYPE = DIALECT === "postgres" ? "timestamptz" : "datetime";
