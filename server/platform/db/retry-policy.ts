import { QueryFailedError } from "typeorm";

/** PostgreSQL codes worth running the whole transaction again for: serialization failure, deadlock. */
const RETRYABLE = new Set(["40001", "40P01"]);

export function isRetryable(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  return code !== undefined && RETRYABLE.has(code);
}

/**
 * The application's one retry policy: a write that lost a serialization race or a deadlock runs again from the
 * start, up to `maxAttempts` times, after a random, doubling pause. Anything else fails at once.
 */
export async function withRetries<T>(attempt: () => Promise<T>, maxAttempts: number): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= maxAttempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** n));
    }
  }
}
