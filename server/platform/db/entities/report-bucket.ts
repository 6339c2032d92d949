import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/**
 * One institution's local month, as UTC bounds fixed when the row is made (the reports slice works them out from
 * the institution's zone), with the grouped reservations that start in it stored in `report_bucket_row`.
 * Database triggers on `reservation` and on the staff-declined audit events bump `version` for the bucket a row
 * starts in, before and after the change (migration 1765100000000); the stored rows are good while
 * `freshVersion = version`.
 */
@Entity()
@Index(["institutionId", "startsAt", "endsAt"], { unique: true })
export class ReportBucket {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: "integer", default: 0 })
  version: number;

  /** The version the stored rows were computed at; null until first computed. */
  @Column({ type: "integer", nullable: true })
  freshVersion: number | null;
}

/** One stored group of a bucket (as `reservation-groups.ts` reads them): `lone` 0 for a group, else the one reservation's id. */
@Entity()
@Index(["bucketId"])
export class ReportBucketRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ type: "integer" })
  bucketId: number;

  @Column({ type: "integer" })
  lone: number;

  @Column({ type: "integer" })
  instrumentId: number;

  @Column({ type: "integer" })
  companyId: number;

  @Column({ type: "varchar", length: 20 })
  status: string;

  @Column({ type: "varchar", length: 20 })
  assistanceType: string;

  @Column({ type: "varchar", length: 20 })
  assistanceStatus: string;

  @Column({ type: "integer", nullable: true })
  cancelledById: number | null;

  @Column({ type: "integer" })
  count: number;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: INSTANT_TYPE, nullable: true })
  actualStartAt: Date | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  actualEndAt: Date | null;

  @Column({ type: "integer", nullable: true })
  staffMinutesOne: number | null;

  @Column({ type: "integer" })
  plannedMinutes: number;

  @Column({ type: "integer" })
  recorded: number;

  @Column({ type: "integer" })
  actualMinutes: number;

  @Column({ type: "integer" })
  staffMinutes: number;
}
