/**
 * When a self-use qualification counts, defined once in the two shapes the code needs: a predicate over a loaded
 * row, and the same condition as SQL for queries that must filter in the database (the booking transaction reads
 * it in the calendar's single statement). Change both together; `test/server/qualification-validity.api.test.ts`
 * checks every place that asks against the same cases.
 *
 * A qualification is valid at instant `at` when
 * - it has not been revoked: revocation takes effect at once and for good, whatever `revokedAt` says, and a grant
 *   superseded by a newer one is revoked too;
 * - and it has no expiry, or expires after `at`: the expiry instant itself is no longer covered.
 * When it was granted does not matter. Whose it is and for which instrument is the caller's filter.
 */
export interface QualificationValidityFields {
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export function isQualificationValidAt(q: QualificationValidityFields, at: number): boolean {
  return q.revokedAt === null && (q.expiresAt === null || q.expiresAt.getTime() > at);
}

/**
 * The same rule as an SQL condition over the `qualification` row aliased `alias`, with the instant bound to the
 * named parameter `:<atParameter>` as a `Date`. Plain SQL with quoted column names, the same text on SQLite and
 * PostgreSQL; constant arguments give a constant text, so prepared statements stay one per query shape.
 */
export function qualificationValidAtSql(alias: string, atParameter: string): string {
  const column = (name: string) => `"${alias}"."${name}"`;
  return `(${column("revoked_at")} IS NULL AND (${column("expires_at")} IS NULL OR ${column("expires_at")} > :${atParameter}))`;
}
