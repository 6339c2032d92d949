import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { AttachmentType } from "../../../../shared/schemas/files";
import type { ConsultationCloseReason, ConsultationMeetingKind, ConsultationStatus, Locale } from "../../../../shared/enums";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";

/**
 * A company's request for technical advice: what it wants to find out, in its own words. The coordinator routes it
 * to institutions (`ConsultationRoute`), their admins assign staff, and the thread, meetings and advice time follow.
 */
@Entity()
@Index(["companyId", "id"])
@Index(["status", "id"])
export class Consultation extends BaseRow {
  @Column({ type: "integer" })
  companyId: number;

  @Column({ type: "integer" })
  createdById: number;

  @Column({ type: "varchar", length: 200 })
  summary: string;

  @Column({ type: "text" })
  details: string;

  @Column({ type: "varchar", length: 500, nullable: true })
  material: string | null;

  @Column({ type: "text", nullable: true })
  wantToKnow: string | null;

  @Column({ type: "integer", nullable: true })
  sampleCount: number | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  sampleForm: string | null;

  /** A local date (YYYY-MM-DD) the company would like an answer by. */
  @Column({ type: "varchar", length: 10, nullable: true })
  desiredBy: string | null;

  /** The company's consent to show the request to more than one institution, or to another after the first. */
  @Column({ type: "boolean", default: false })
  shareWithOtherInstitutions: boolean;

  @Column({ type: "varchar", length: 5, default: "ja" })
  preferredLanguage: Locale;

  @Column({ type: "varchar", length: 200, nullable: true })
  contactName: string | null;

  @Column({ type: "varchar", length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: "varchar", length: 30, nullable: true })
  contactPhone: string | null;

  /** The instrument page the request was sent from, if any. */
  @Column({ type: "integer", nullable: true })
  instrumentId: number | null;

  /** The technology directory entry the request was sent from, if any. */
  @Column({ type: "integer", nullable: true })
  capabilityId: number | null;

  @Column({ type: "varchar", length: 20 })
  status: ConsultationStatus;

  @Column({ type: "varchar", length: 30, nullable: true })
  closedReason: ConsultationCloseReason | null;

  @Column({ type: "text", nullable: true })
  outcomeSummary: string | null;

  /** Whether the outcome summary is shown to the company. */
  @Column({ type: "boolean", default: false })
  outcomeShared: boolean;

  @Column({ type: INSTANT_TYPE, nullable: true })
  closedAt: Date | null;
}

/**
 * An institution a consultation was sent to, and the staff member its admin assigned. A rerouted request keeps the
 * row with `removedAt` set: the institution no longer sees it.
 */
@Entity()
@Index(["consultationId", "institutionId"], { unique: true })
export class ConsultationRoute extends BaseRow {
  @Column({ type: "integer" })
  consultationId: number;

  @Index()
  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: INSTANT_TYPE })
  routedAt: Date;

  @Column({ type: "integer" })
  routedById: number;

  @Index()
  @Column({ type: "integer", nullable: true })
  assignedStaffMemberId: number | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  assignedAt: Date | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  removedAt: Date | null;
}

/** A message of a consultation's thread, by the company, staff of a routed institution or the coordinator. */
@Entity()
@Index(["consultationId", "id"])
export class ConsultationMessage {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "integer" })
  consultationId: number;

  @Column({ type: "integer" })
  authorUserId: number;

  @Column({ type: "text" })
  body: string;
}

/** A file attached to a consultation's message; bytes under UPLOAD_DIR with a random name, read only through the API. */
@Entity()
@Index(["consultationId", "id"])
export class ConsultationAttachment {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "integer" })
  consultationId: number;

  @Column({ type: "integer", nullable: true })
  messageId: number | null;

  @Column({ type: "integer" })
  uploadedByUserId: number;

  @Column({ type: "varchar", length: 64 })
  storedName: string;

  @Column({ type: "varchar", length: 200 })
  fileName: string;

  @Column({ type: "varchar", length: 100 })
  contentType: AttachmentType;

  @Column({ type: "integer" })
  sizeBytes: number;
}

/** Time a staff member spent advising on a consultation; counted as technical support in reports. */
@Entity()
@Index(["consultationId", "id"])
@Index(["institutionId", "date"])
export class ConsultationAdviceTime extends BaseRow {
  @Column({ type: "integer" })
  consultationId: number;

  @Column({ type: "integer" })
  staffMemberId: number;

  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  minutes: number;

  /** The local date (YYYY-MM-DD) the advice was given. */
  @Column({ type: "varchar", length: 10 })
  date: string;

  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;
}

/**
 * A call or visit a staff member proposed on a consultation, on their own calendar: it blocks their time like an
 * assignment does (checked against their assignments, time off and other meetings under the staff lock).
 */
@Entity()
@Index(["consultationId", "id"])
@Index(["staffMemberId", "startsAt"])
export class ConsultationMeeting extends BaseRow {
  @Column({ type: "integer" })
  consultationId: number;

  @Column({ type: "integer" })
  staffMemberId: number;

  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "varchar", length: 10 })
  kind: ConsultationMeetingKind;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  @Column({ type: "varchar", length: 10, default: "proposed" })
  status: "proposed" | "cancelled";
}
