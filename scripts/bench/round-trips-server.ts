import express from "express";
import { Pool, type PoolClient } from "pg";

/**
 * The booking's statements without the application (`npm run bench:round-trips`): plain Express and `pg`, named
 * prepared statements, no ORM, validation, auth or rule checks. SHAPE picks which statements one POST /book
 * sends, so that the cost of each round trip can be read off on this machine:
 *
 * - `bare`: one autocommit INSERT (the `npm run bench` reference);
 * - `transaction`: session, START TRANSACTION, instrument, advisory lock, calendar, INSERT, audit INSERT, COMMIT
 *   (the booking before `Database.writeOneStatement`);
 * - `one-statement`: session, instrument, calendar, then one statement taking the lock and inserting the
 *   reservation and its audit row (the booking now);
 * - `one-statement-cached`: the same without the session and instrument reads (what caching both would leave).
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const shape = process.env.SHAPE ?? "bare";
const ids = { instrument: Number(process.env.INSTRUMENT_ID), institution: Number(process.env.INSTITUTION_ID), company: Number(process.env.COMPANY_ID), user: Number(process.env.USER_ID) };
const tokenHash = process.env.TOKEN_HASH ?? "";
const firstSlot = Date.parse(process.env.FIRST_SLOT ?? "2030-01-01T00:00:00Z");

const COLUMNS = `instrument_id, institution_id, company_id, user_id, starts_at, ends_at, status, purpose`;
const SQL = {
  session: `SELECT s.*, u.* FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
  instrument: `SELECT i.*, t.* FROM instrument i JOIN institution t ON t.id = i.institution_id WHERE i.id = $1`,
  lock: `SELECT pg_advisory_xact_lock(1, $1)`,
  calendar: `SELECT 'r' AS kind, starts_at, ends_at FROM reservation
      WHERE instrument_id = $1 AND status IN ('pending', 'confirmed') AND starts_at >= $2::timestamptz - interval '1 day' AND starts_at < $3 AND ends_at > $2
    UNION ALL SELECT 'q', granted_at, expires_at FROM qualification WHERE user_id = $4 AND instrument_id = $1 AND revoked_at IS NULL`,
  insert: `INSERT INTO reservation (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, 'confirmed', 'round trips') RETURNING id, created_at, updated_at`,
  audit: `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, institution_id, company_id, details) VALUES ($1, 'reservation.created', 'reservation', $2, $3, $4, '{}')`,
  insertWithAudit: `WITH "lock" AS (SELECT pg_advisory_xact_lock(1, $1)),
    "inserted" AS (INSERT INTO reservation (${COLUMNS}) SELECT $1, $2, $3, $4, $5, $6, 'confirmed', 'round trips' FROM "lock" RETURNING id, created_at, updated_at),
    "audit" AS (INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, institution_id, company_id, details)
      SELECT $4, 'reservation.created', 'reservation', "inserted".id, $2, $3, '{}' FROM "inserted")
    SELECT * FROM "inserted"`,
};
const run = (client: PoolClient, name: keyof typeof SQL, values: unknown[]) => client.query({ name, text: SQL[name], values });

let booked = 0;
const app = express();
app.get("/ready", (_req, res) => void res.json({ ok: true }));
app.post("/book", async (_req, res, next) => {
  // Distinct back-to-back hours: nothing collides, as in `npm run bench`.
  const start = new Date(firstSlot + booked++ * 3_600_000);
  const end = new Date(start.getTime() + 3_600_000);
  const row = [ids.instrument, ids.institution, ids.company, ids.user, start, end];
  try {
    if (shape === "bare") {
      await pool.query(`INSERT INTO reservation (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, 'confirmed', 'bare')`, row);
    } else {
      const client = await pool.connect();
      try {
        if (shape !== "one-statement-cached") await run(client, "session", [tokenHash]);
        if (shape === "transaction") {
          await client.query("START TRANSACTION");
          await run(client, "instrument", [ids.instrument]);
          await run(client, "lock", [ids.instrument]);
          await run(client, "calendar", [ids.instrument, start, end, ids.user]);
          const inserted = await run(client, "insert", row);
          await run(client, "audit", [ids.user, inserted.rows[0].id, ids.institution, ids.company]);
          await client.query("COMMIT");
        } else {
          if (shape === "one-statement") await run(client, "instrument", [ids.instrument]);
          await run(client, "calendar", [ids.instrument, start, end, ids.user]);
          await run(client, "insertWithAudit", row);
        }
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
    res.status(201).json({ ok: true });
  } catch (error) {
    next(error);
  }
});
app.listen(Number(process.env.PORT ?? 4422), "127.0.0.1");
