import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** Who changed what, when and why: every facility decision that affects a company. */
@Entity()
@Index(["institutionId", "createdAt"])
@Index(["entityType", "entityId"])
/** Partial (WHERE notified_at IS NULL), created by the notifications migration; schema generation must leave it alone. */
@Index("IDX_audit_event_unnotified", { synchronize: false })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "integer", nullable: true })
  actorUserId: number | null;

  @Column({ type: "varchar", length: 60 })
  action: string;

  @Column({ type: "varchar", length: 40 })
  entityType: string;

  @Column({ type: "integer" })
  entityId: number;

  @Column({ type: "integer", nullable: true })
  institutionId: number | null;

  @Column({ type: "integer", nullable: true })
  companyId: number | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: "simple-json", nullable: true })
  details: Record<string, unknown> | null;

  /** When the notification dispatcher handled this event (null: not yet). */
  @Column({ type: INSTANT_TYPE, nullable: true })
  notifiedAt: Date | null;
}
