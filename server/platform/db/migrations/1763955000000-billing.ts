import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Billing (#17): per-institution invoicing settings (issuer, registration number, payment terms, number prefix,
 * tax rounding), per-instrument billing policy (booked or actual time, billing unit, cancellation and no-show
 * fees), charges, invoices with their lines, and the per-institution, per-fiscal-year invoice counter. New tables
 * only, named as TypeORM names them.
 */
export class Billing1763955000000 implements MigrationInterface {
  name = "Billing1763955000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES_TABLES : SQLITE_TABLES) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["invoice_counter", "invoice_line", "invoice", "charge", "instrument_billing_policy", "billing_settings"]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

const SQLITE_TABLES = [
  `CREATE TABLE "billing_settings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "issuer_name" varchar(200) NOT NULL DEFAULT (''), "registration_number" varchar(14) NOT NULL DEFAULT (''), "payment_terms_days" integer NOT NULL DEFAULT (30), "invoice_prefix" varchar(10) NOT NULL DEFAULT ('INV'), "tax_rounding" varchar(10) NOT NULL DEFAULT ('floor'))`,
  `CREATE TABLE "instrument_billing_policy" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "instrument_id" integer NOT NULL, "bills_booked_time" boolean NOT NULL DEFAULT (0), "billing_unit_minutes" integer NOT NULL DEFAULT (30), "free_cancellation_hours" integer NOT NULL DEFAULT (48), "late_cancellation_percent" integer NOT NULL DEFAULT (50), "no_show_percent" integer NOT NULL DEFAULT (100))`,
  `CREATE TABLE "charge" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "reservation_id" integer, "instrument_id" integer, "kind" varchar(20) NOT NULL, "description" varchar(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" varchar(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" varchar(10) NOT NULL DEFAULT ('standard'), "customer_type" varchar(20), "occurred_at" datetime NOT NULL, "invoice_id" integer, "created_by_id" integer)`,
  `CREATE TABLE "invoice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "kind" varchar(12) NOT NULL DEFAULT ('invoice'), "status" varchar(10) NOT NULL DEFAULT ('draft'), "month" varchar(7) NOT NULL, "number" varchar(40), "fiscal_year" integer, "issue_date" varchar(10), "due_date" varchar(10), "issued_at" datetime, "paid_at" datetime, "credit_of_id" integer, "issuer_name" varchar(200) NOT NULL DEFAULT (''), "registration_number" varchar(14) NOT NULL DEFAULT (''), "recipient_name" varchar(200) NOT NULL, "tax_rounding" varchar(10) NOT NULL DEFAULT ('floor'), "subtotal" integer NOT NULL DEFAULT (0), "tax" integer NOT NULL DEFAULT (0), "total" integer NOT NULL DEFAULT (0), "taxes" text NOT NULL)`,
  `CREATE TABLE "invoice_line" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "invoice_id" integer NOT NULL, "charge_id" integer, "position" integer NOT NULL, "description" varchar(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" varchar(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" varchar(10) NOT NULL DEFAULT ('standard'), "transaction_date" varchar(10) NOT NULL)`,
  `CREATE TABLE "invoice_counter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "fiscal_year" integer NOT NULL, "last_number" integer NOT NULL DEFAULT (0))`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "billing_settings" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" integer NOT NULL, "issuer_name" character varying(200) NOT NULL DEFAULT '', "registration_number" character varying(14) NOT NULL DEFAULT '', "payment_terms_days" integer NOT NULL DEFAULT '30', "invoice_prefix" character varying(10) NOT NULL DEFAULT 'INV', "tax_rounding" character varying(10) NOT NULL DEFAULT 'floor', CONSTRAINT "PK_50de306c9059fe5297a3483516a" PRIMARY KEY ("id"))`,
  `CREATE TABLE "instrument_billing_policy" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "instrument_id" integer NOT NULL, "bills_booked_time" boolean NOT NULL DEFAULT false, "billing_unit_minutes" integer NOT NULL DEFAULT '30', "free_cancellation_hours" integer NOT NULL DEFAULT '48', "late_cancellation_percent" integer NOT NULL DEFAULT '50', "no_show_percent" integer NOT NULL DEFAULT '100', CONSTRAINT "PK_5dee1de2707edb3faa9c807a5ef" PRIMARY KEY ("id"))`,
  `CREATE TABLE "charge" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "reservation_id" integer, "instrument_id" integer, "kind" character varying(20) NOT NULL, "description" character varying(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" character varying(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" character varying(10) NOT NULL DEFAULT 'standard', "customer_type" character varying(20), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invoice_id" integer, "created_by_id" integer, CONSTRAINT "PK_ac0381acde3bdffe41ad57cd942" PRIMARY KEY ("id"))`,
  `CREATE TABLE "invoice" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "kind" character varying(12) NOT NULL DEFAULT 'invoice', "status" character varying(10) NOT NULL DEFAULT 'draft', "month" character varying(7) NOT NULL, "number" character varying(40), "fiscal_year" integer, "issue_date" character varying(10), "due_date" character varying(10), "issued_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "credit_of_id" integer, "issuer_name" character varying(200) NOT NULL DEFAULT '', "registration_number" character varying(14) NOT NULL DEFAULT '', "recipient_name" character varying(200) NOT NULL, "tax_rounding" character varying(10) NOT NULL DEFAULT 'floor', "subtotal" integer NOT NULL DEFAULT '0', "tax" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "taxes" text NOT NULL, CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))`,
  `CREATE TABLE "invoice_line" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "invoice_id" integer NOT NULL, "charge_id" integer, "position" integer NOT NULL, "description" character varying(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" character varying(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" character varying(10) NOT NULL DEFAULT 'standard', "transaction_date" character varying(10) NOT NULL, CONSTRAINT "PK_112d67e85951a56ee5123e9c803" PRIMARY KEY ("id"))`,
  `CREATE TABLE "invoice_counter" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" integer NOT NULL, "fiscal_year" integer NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4824560608e11b81debf3e225c2" PRIMARY KEY ("id"))`,
];

const INDEXES = [
  `CREATE UNIQUE INDEX "IDX_33eb26ab26ec3cd083972a7f27" ON "billing_settings" ("institution_id")`,
  `CREATE UNIQUE INDEX "IDX_bcdec79eb183900d336ffd001e" ON "instrument_billing_policy" ("instrument_id")`,
  `CREATE INDEX "IDX_3851acc46e9b63306220caf265" ON "charge" ("invoice_id")`,
  `CREATE INDEX "IDX_169a6ea344a377588c06fb8816" ON "charge" ("reservation_id")`,
  `CREATE INDEX "IDX_410bc4a5189a6342c7574732eb" ON "charge" ("company_id", "occurred_at")`,
  `CREATE INDEX "IDX_16bc3d81d0a6b149741e294adf" ON "charge" ("institution_id", "occurred_at")`,
  `CREATE INDEX "IDX_95a2fb895fd0c8fd5b7afde281" ON "invoice" ("company_id", "month")`,
  `CREATE INDEX "IDX_48e740e12e3e6ce550cd0ffacb" ON "invoice" ("institution_id", "month")`,
  `CREATE UNIQUE INDEX "IDX_9348e6f46ffaa611f704688872" ON "invoice" ("institution_id", "number")`,
  `CREATE INDEX "IDX_a8a0b2a45f300b167ae3e7b7eb" ON "invoice_line" ("invoice_id", "position")`,
  `CREATE UNIQUE INDEX "IDX_8a373074064ab65d91a9c3f64b" ON "invoice_counter" ("institution_id", "fiscal_year")`,
];
