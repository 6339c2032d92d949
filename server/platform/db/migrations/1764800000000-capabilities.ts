import type { MigrationInterface, QueryRunner } from "typeorm";
import { ANY_ROW_CHANGE, createRevisionStamp, dropRevisionStamp, type StampedTable } from "./revision-stamp";

/** The directory's tables: a change to either moves the capability revision (what the directory search index checks). */
const CAPABILITY_TABLES: StampedTable[] = ["capability", "capability_instrument"].map((table) => ({ table, events: ANY_ROW_CHANGE }));

/**
 * The technology directory: research capabilities (`capability`), the instruments each uses
 * (`capability_instrument`), and a one-row `capability_revision` bumped by triggers on both tables, so every
 * process's directory search index can tell it is exact, as the catalogue's is with `catalogue_revision`.
 */
export class Capabilities1764800000000 implements MigrationInterface {
  name = "Capabilities1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    await createRevisionStamp(queryRunner, "capability_revision", CAPABILITY_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropRevisionStamp(queryRunner, "capability_revision", CAPABILITY_TABLES);
    await queryRunner.query(`DROP TABLE "capability_instrument"`);
    await queryRunner.query(`DROP TABLE "capability"`);
  }
}

const INDEXES = [
  `CREATE INDEX "IDX_018f326a1affccbec4d41922b2" ON "capability" ("institution_id")`,
  `CREATE INDEX "IDX_6977dfaa409adf397f89f6a2ab" ON "capability_instrument" ("capability_id")`,
  `CREATE INDEX "IDX_e6d17fb96b2b6deca3f0b98ffb" ON "capability_instrument" ("instrument_id")`,
];

const SQLITE = [
  `CREATE TABLE "capability" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "title_ja" varchar(200) NOT NULL, "title_en" varchar(200) NOT NULL, "summary_ja" varchar(4000) NOT NULL, "summary_en" varchar(4000) NOT NULL, "laboratory_ja" varchar(200) NOT NULL, "laboratory_en" varchar(200) NOT NULL, "keywords_ja" text NOT NULL, "keywords_en" text NOT NULL, "published" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_018f326a1affccbec4d41922b26" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE TABLE "capability_instrument" ("capability_id" integer NOT NULL, "instrument_id" integer NOT NULL, CONSTRAINT "FK_6977dfaa409adf397f89f6a2ab5" FOREIGN KEY ("capability_id") REFERENCES "capability" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_e6d17fb96b2b6deca3f0b98ffbc" FOREIGN KEY ("instrument_id") REFERENCES "instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("capability_id", "instrument_id"))`,
  ...INDEXES,
];

const POSTGRES = [
  `CREATE TABLE "capability" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" integer NOT NULL, "title_ja" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "summary_ja" character varying(4000) NOT NULL, "summary_en" character varying(4000) NOT NULL, "laboratory_ja" character varying(200) NOT NULL, "laboratory_en" character varying(200) NOT NULL, "keywords_ja" text NOT NULL, "keywords_en" text NOT NULL, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_a30c8f80d9cbf7c1315b30acfe4" PRIMARY KEY ("id"))`,
  `CREATE TABLE "capability_instrument" ("capability_id" integer NOT NULL, "instrument_id" integer NOT NULL, CONSTRAINT "PK_421f25b7a6c4054b546a7a127a2" PRIMARY KEY ("capability_id", "instrument_id"))`,
  ...INDEXES,
  `ALTER TABLE "capability" ADD CONSTRAINT "FK_018f326a1affccbec4d41922b26" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "capability_instrument" ADD CONSTRAINT "FK_6977dfaa409adf397f89f6a2ab5" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
  `ALTER TABLE "capability_instrument" ADD CONSTRAINT "FK_e6d17fb96b2b6deca3f0b98ffbc" FOREIGN KEY ("instrument_id") REFERENCES "instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
];
