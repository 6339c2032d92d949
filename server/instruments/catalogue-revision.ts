import type { EntityManager } from "typeorm";
import { preparedQuery } from "../platform/db/prepared-query";

/**
 * The catalogue's revision stamp: triggers bump it in the same transaction as any change to the tables a catalogue
 * answer shows (see the catalogue-revision migration), so equal revisions mean an unchanged catalogue.
 */
export async function catalogueRevision(em: EntityManager): Promise<number> {
  const [row] = await preparedQuery<{ revision: number | string }>(em, `SELECT "revision" FROM "catalogue_revision" WHERE "id" = 1`, []);
  return Number(row.revision);
}
