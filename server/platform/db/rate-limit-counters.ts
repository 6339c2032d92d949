import type { Database } from "./database";
import { RateLimitCounter } from "./entities";

/**
 * Fixed-window counters kept in the database, so every server process counts the same hits. `hit` is one
 * atomic upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING works on both SQLite and PostgreSQL).
 */
export class RateLimitCounters {
  private sinceSweep = 0;

  constructor(private readonly db: Database) {}

  async hit(key: string, now: Date, windowMs: number): Promise<{ hits: number; resetAt: Date }> {
    const [row] = await this.db.write((em) =>
      em.query(
        this.sql(`INSERT INTO "rate_limit_counter" ("key", "hits", "reset_at") VALUES (?, 1, ?)
         ON CONFLICT ("key") DO UPDATE SET
           "hits" = CASE WHEN "rate_limit_counter"."reset_at" <= ? THEN 1 ELSE "rate_limit_counter"."hits" + 1 END,
           "reset_at" = CASE WHEN "rate_limit_counter"."reset_at" <= ? THEN excluded."reset_at" ELSE "rate_limit_counter"."reset_at" END
         RETURNING "hits", "reset_at"`),
        [key, this.instant(new Date(now.getTime() + windowMs)), this.instant(now), this.instant(now)],
      ),
    );
    if (++this.sinceSweep >= 500) {
      this.sinceSweep = 0;
      await this.db.write((em) => em.query(this.sql(`DELETE FROM "rate_limit_counter" WHERE "reset_at" <= ?`), [this.instant(now)]));
    }
    return { hits: Number(row.hits), resetAt: this.hydrate(row.reset_at) };
  }

  async undo(key: string): Promise<void> {
    await this.db.write((em) => em.query(this.sql(`UPDATE "rate_limit_counter" SET "hits" = "hits" - 1 WHERE "key" = ? AND "hits" > 0`), [key]));
  }

  async reset(key: string): Promise<void> {
    await this.db.write((em) => em.getRepository(RateLimitCounter).delete({ key }));
  }

  private sql(text: string): string {
    if (this.db.dialect !== "postgres") return text;
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  }

  private get resetColumn() {
    return this.db.dataSource.getMetadata(RateLimitCounter).findColumnWithPropertyName("resetAt")!;
  }

  private instant(value: Date): unknown {
    return this.db.dataSource.driver.preparePersistentValue(value, this.resetColumn);
  }

  private hydrate(value: unknown): Date {
    return this.db.dataSource.driver.prepareHydratedValue(value, this.resetColumn) as Date;
  }
}
