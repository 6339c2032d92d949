import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { Instrument } from "./instrument";
import { User } from "./user";

/** A company user cleared by staff, after training, to use an instrument on their own. */
@Entity()
@Index(["userId", "instrumentId"])
export class Qualification extends BaseRow {
  @Column({ type: "integer" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  user: Relation<User>;

  @Column({ type: "integer" })
  instrumentId: number;

  @ManyToOne(() => Instrument, { onDelete: "CASCADE" })
  instrument: Relation<Instrument>;

  @Column({ type: "integer", nullable: true })
  grantedById: number | null;

  @Column({ type: INSTANT_TYPE })
  grantedAt: Date;

  @Column({ type: INSTANT_TYPE, nullable: true })
  expiresAt: Date | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  revokedAt: Date | null;

  @Column({ type: "integer", nullable: true })
  revokedById: number | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  revokeReason: string | null;

  @Column({ type: "varchar", length: 1000, default: "" })
  note: string;
}
