import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLE = "search_thesaurus_entry";
const EVENTS = { insert: "INSERT", update: "UPDATE", delete: "DELETE" };

/**
 * The coordinator's entries in the search thesaurus (`search_thesaurus_entry`), merged with the repository's needs
 * when the search index is brought up to date. Writes bump the catalogue revision (as instrument edits do, by
 * trigger, see 1763950400000-catalogue-revision.ts), so every process's index and cached answers follow them.
 */
export class SearchThesaurus1764500000000 implements MigrationInterface {
  name = "SearchThesaurus1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(
        `CREATE TABLE "${TABLE}" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ja" text NOT NULL, "en" text NOT NULL, "techniques" text NOT NULL, "categories" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "replaces" character varying(60), CONSTRAINT "PK_fa363b37fb8b757fb10b833a0a5" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "catalogue_revision_${TABLE}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${TABLE}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision()`,
      );
      return;
    }
    await queryRunner.query(
      `CREATE TABLE "${TABLE}" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "ja" text NOT NULL, "en" text NOT NULL, "techniques" text NOT NULL, "categories" text NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "replaces" varchar(60))`,
    );
    for (const [key, event] of Object.entries(EVENTS)) {
      await queryRunner.query(
        `CREATE TRIGGER "catalogue_revision_${TABLE}_${key}" AFTER ${event} ON "${TABLE}"
         BEGIN UPDATE "catalogue_revision" SET "revision" = "revision" + 1; END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${TABLE}"`);
  }
}
