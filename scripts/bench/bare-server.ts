import express from "express";
import Sqlite from "better-sqlite3";
import { Pool } from "pg";
import { sqlitePath } from "../../server/platform/db/data-source";
import { dialectOf } from "../../server/platform/db/dialect";

/**
 * The reference the benchmark compares the application with: plain Express and the same driver, one query or
 * insert per request, no ORM, no validation, no auth. What "as fast as this stack can go" looks like here.
 */
type Run = (sql: { sqlite: string; postgres: string }, params: unknown[]) => Promise<unknown[]>;

function connect(url: string | undefined): Run {
  if (dialectOf(url) === "postgres") {
    const pool = new Pool({ connectionString: url, max: 10 });
    return async (sql, params) => (await pool.query(sql.postgres, params)).rows;
  }
  const db = new Sqlite(sqlitePath(url));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const statements = new Map<string, Sqlite.Statement>();
  return async (sql, params) => {
    const statement = statements.get(sql.sqlite) ?? statements.set(sql.sqlite, db.prepare(sql.sqlite)).get(sql.sqlite)!;
    return statement.reader ? statement.all(...params) : [statement.run(...params)];
  };
}

const run = connect(process.env.DATABASE_URL);
const sqliteDate = (iso: string) => iso.replace("T", " ").replace("Z", "");
const postgres = dialectOf(process.env.DATABASE_URL) === "postgres";
const instant = (iso: string) => (postgres ? iso : sqliteDate(iso));
const app = express();
app.use(express.json());

app.get("/catalogue", async (req, res) => {
  const rows = await run(
    {
      sqlite: `SELECT id, name_ja, name_en, category, status, institution_id FROM instrument WHERE status <> 'retired' AND search_text LIKE ? ORDER BY name_en LIMIT 20`,
      postgres: `SELECT id, name_ja, name_en, category, status, institution_id FROM instrument WHERE status <> 'retired' AND search_text LIKE $1 ORDER BY name_en LIMIT 20`,
    },
    [`%${String(req.query.q ?? "")}%`],
  );
  res.json({ items: rows });
});

app.get("/availability/:id", async (req, res) => {
  const rows = await run(
    {
      sqlite: `SELECT starts_at, ends_at FROM reservation WHERE instrument_id = ? AND status IN ('pending', 'confirmed') AND starts_at < ? AND ends_at > ?`,
      postgres: `SELECT starts_at, ends_at FROM reservation WHERE instrument_id = $1 AND status IN ('pending', 'confirmed') AND starts_at < $2 AND ends_at > $3`,
    },
    [Number(req.params.id), instant(String(req.query.to)), instant(String(req.query.from))],
  );
  res.json({ busy: rows });
});

app.post("/book", async (req, res) => {
  const { instrumentId, institutionId, companyId, userId, start, end } = req.body as Record<string, string | number>;
  const columns = `instrument_id, institution_id, company_id, user_id, starts_at, ends_at, status, purpose`;
  await run(
    {
      sqlite: `INSERT INTO reservation (${columns}) VALUES (?, ?, ?, ?, ?, ?, 'confirmed', 'bare')`,
      postgres: `INSERT INTO reservation (${columns}) VALUES ($1, $2, $3, $4, $5, $6, 'confirmed', 'bare')`,
    },
    [instrumentId, institutionId, companyId, userId, instant(String(start)), instant(String(end))],
  );
  res.status(201).json({ ok: true });
});

app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(/overlap|23P01|exclusion/.test(error.message) ? 409 : 500).json({ error: error.message });
});

app.listen(Number(process.env.PORT ?? 4421), "127.0.0.1");
