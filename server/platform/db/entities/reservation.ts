import { Column, Entity, Exclusion, Index, ManyToOne, type Relation } from "typeorm";
import type { AssistanceType, PendingReason, ReservationStatus } from "../../../../shared/enums";
import type { ASSISTANCE_STATUSES } from "../../../../shared/schemas/reservations";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { Company } from "./company";
import { Instrument } from "./instrument";
import { StaffMember } from "./staff";
import { User } from "./user";

export const RESERVATION_INSTRUMENT_EXCLUSION = "reservation_instrument_no_overlap";
export const RESERVATION_STAFF_EXCLUSION = "reservation_staff_no_overlap";

export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

const ACTIVE_PERIOD = `tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('pending', 'confirmed'))`;

/**
 * The database's own guard against double booking. On PostgreSQL these exclusion constraints (btree_gist) refuse
 * two active reservations overlapping on one instrument or one assigned staff member; declared here so schema
 * generation keeps them. SQLite ignores @Exclusion: the initial migration installs equivalent triggers there.
 */
@Entity()
@Exclusion(RESERVATION_INSTRUMENT_EXCLUSION, `USING gist ("instrument_id" WITH =, ${ACTIVE_PERIOD}`)
@Exclusion(RESERVATION_STAFF_EXCLUSION, `USING gist ("assigned_staff_id" WITH =, ${ACTIVE_PERIOD}`)
@Index(["instrumentId", "startsAt"])
@Index(["assignedStaffId", "startsAt"])
@Index(["companyId", "startsAt"])
@Index(["institutionId", "startsAt"])
/** Region-wide reports by period (the report-indexes migration). */
@Index(["startsAt"])
/** The hours already booked against a quote. */
@Index(["quoteId"])
/** Whether a company had come to an institution before a report's period (report-buckets migration). */
@Index(["companyId", "institutionId", "actualStartAt"])
export class Reservation extends BaseRow {
  @Column({ type: "integer" })
  instrumentId: number;

  @ManyToOne(() => Instrument, { onDelete: "RESTRICT" })
  instrument: Relation<Instrument>;

  /** Copied from the instrument so institution-wide lists use one index. */
  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  companyId: number;

  @ManyToOne(() => Company, { onDelete: "RESTRICT" })
  company: Relation<Company>;

  @Column({ type: "integer" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  user: Relation<User>;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: "varchar", length: 20 })
  status: ReservationStatus;

  @Column({ type: "text" })
  purpose: string;

  @Column({ type: "text", default: "" })
  sampleDescription: string;

  @Column({ type: "text", default: "" })
  hazardDeclaration: string;

  @Column({ type: "varchar", length: 20, default: "none" })
  assistanceType: AssistanceType;

  @Column({ type: "text", default: "" })
  assistanceNote: string;

  @Column({ type: "varchar", length: 20, default: "not_requested" })
  assistanceStatus: AssistanceStatus;

  @Column({ type: "integer", nullable: true })
  assignedStaffId: number | null;

  @ManyToOne(() => StaffMember, { onDelete: "RESTRICT", nullable: true })
  assignedStaff: Relation<StaffMember> | null;

  @Column({ type: "integer", default: 0 })
  priceEstimateYen: number;

  /** Why a pending reservation waits (the instrument needs approval, the company is unverified); null once decided. */
  @Column({ type: "varchar", length: 30, nullable: true })
  pendingReason: PendingReason | null;

  /** Who typed the booking in when it was not the member it is for (staff taking a phone request); null otherwise. */
  @Column({ type: "integer", nullable: true })
  enteredByUserId: number | null;

  /** The account behind `enteredByUserId`, when a query maps it in (no relation: the column has no foreign key). */
  enteredBy?: User | null;

  /** The accepted quote this session was booked from: its price applies (null for an ordinary booking). */
  @Column({ type: "integer", nullable: true })
  quoteId: number | null;

  /** Grows with every change a calendar client or a concurrent editor must notice. */
  @Column({ type: "integer", default: 1 })
  revision: number;

  @Column({ type: "varchar", length: 1000, nullable: true })
  cancellationReason: string | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  cancelledAt: Date | null;

  @Column({ type: "integer", nullable: true })
  cancelledById: number | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  decisionReason: string | null;

  @Column({ type: "integer", nullable: true })
  decidedById: number | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  decidedAt: Date | null;

  /** How the session actually went, recorded by staff afterwards (feeds usage reports and fees). */
  @Column({ type: INSTANT_TYPE, nullable: true })
  actualStartAt: Date | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  actualEndAt: Date | null;

  @Column({ type: "integer", nullable: true })
  staffMinutes: number | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  sessionNote: string | null;

  @Column({ type: "integer", nullable: true })
  recordedById: number | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  recordedAt: Date | null;
}
