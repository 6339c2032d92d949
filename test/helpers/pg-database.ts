import { randomBytes } from "node:crypto";
import { Client } from "pg";

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * A fresh, empty PostgreSQL database for one test file (`es_test_<random>`), created through the database named in
 * `baseUrl`, so parallel Jest workers and other people's runs on the same cluster never see each other's rows.
 */
export async function createThrowawayDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `es_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(baseUrl, name),
  };
}

/**
 * Drops a test database. FORCE ends stray connections, but an autovacuum worker that happens to be in the new
 * database belongs to the superuser and may not be signalled by our role: then wait for it and try again.
 */
async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retriable = code === "42501" || code === "55006"; // insufficient privilege to signal, or still in use
      if (!retriable || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
