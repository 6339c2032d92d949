import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, type Relation } from "typeorm";
import { BaseRow } from "./base";
import { Institution } from "./institution";
import { Instrument } from "./instrument";

/**
 * A research capability an institution publishes in the technology directory (the region's "seeds"): what a
 * laboratory can do, in both languages, with the instruments it uses. Companies reach it only through a
 * consultation request, never a raw address.
 */
@Entity()
export class Capability extends BaseRow {
  @Index()
  @Column({ type: "integer" })
  institutionId: number;

  @ManyToOne(() => Institution, { onDelete: "CASCADE" })
  institution: Relation<Institution>;

  @Column({ type: "varchar", length: 200 })
  titleJa: string;

  @Column({ type: "varchar", length: 200 })
  titleEn: string;

  @Column({ type: "varchar", length: 4000 })
  summaryJa: string;

  @Column({ type: "varchar", length: 4000 })
  summaryEn: string;

  /** The laboratory or researcher offering it. */
  @Column({ type: "varchar", length: 200 })
  laboratoryJa: string;

  @Column({ type: "varchar", length: 200 })
  laboratoryEn: string;

  @Column({ type: "simple-json" })
  keywordsJa: string[];

  @Column({ type: "simple-json" })
  keywordsEn: string[];

  @Column({ type: "boolean", default: false })
  published: boolean;

  /** Instruments of the same institution this capability uses. */
  @ManyToMany(() => Instrument)
  @JoinTable({
    name: "capability_instrument",
    joinColumn: { name: "capability_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "instrument_id", referencedColumnName: "id" },
  })
  instruments: Relation<Instrument[]>;
}
