import { parseArgs } from "node:util";
import { backupDatabase } from "../server/platform/db/backup";

/**
 * `npm run backup [-- --out data/backups --keep 14]`: a consistent copy of DATABASE_URL's database (SQLite file by
 * default, or PostgreSQL through pg_dump), safe while the server runs. Schedule it (cron, a systemd timer).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string", default: "data/backups" }, keep: { type: "string", default: "14" } } });
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 0) throw new Error("--keep must be a whole number (0 keeps every backup)");
  const started = Date.now();
  const backup = await backupDatabase(process.env.DATABASE_URL, values.out!, { keep });
  console.log(`backup: ${backup.file} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const file of backup.removed) console.log(`removed old backup: ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
