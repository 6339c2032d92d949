/** How many values one statement's `IN (…)` list or multi-row `VALUES` takes here (SQLite and PostgreSQL both take far more). */
export const IN_LIST_CHUNK = 500;

/** `items` in consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size = IN_LIST_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One read per slice of `items`, the results in order. */
export async function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const found: R[] = [];
  for (const chunk of chunks(items)) found.push(...(await read(chunk)));
  return found;
}
