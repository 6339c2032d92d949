import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import type { BlackoutKind } from "../../../../shared/enums";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { Institution } from "./institution";
import { Instrument } from "./instrument";

/** A maintenance or closure window for one instrument, or for a whole institution when instrumentId is null. */
@Entity()
@Index(["institutionId", "startsAt"])
@Index(["instrumentId", "startsAt"])
export class Blackout extends BaseRow {
  @Column({ type: "integer" })
  institutionId: number;

  @ManyToOne(() => Institution, { onDelete: "CASCADE" })
  institution: Relation<Institution>;

  @Column({ type: "integer", nullable: true })
  instrumentId: number | null;

  @ManyToOne(() => Instrument, { onDelete: "CASCADE", nullable: true })
  instrument: Relation<Instrument> | null;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: "varchar", length: 20 })
  kind: BlackoutKind;

  @Column({ type: "varchar", length: 1000, default: "" })
  reason: string;

  @Column({ type: "integer", nullable: true })
  createdById: number | null;

  /** Edits after creation: a feed notices two in the same second, and the event's SEQUENCE grows with each. */
  @Column({ type: "integer", default: 0 })
  revision: number;
}
