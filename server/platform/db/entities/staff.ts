import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, OneToOne, JoinColumn, type Relation } from "typeorm";
import type { WeeklyHours } from "../../../../shared/time/weekly-hours";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { Institution } from "./institution";
import { Instrument } from "./instrument";
import { User } from "./user";

/** A technical support staff member: operates instruments for companies, trains and advises them. */
@Entity()
export class StaffMember extends BaseRow {
  @Index({ unique: true })
  @Column({ type: "integer" })
  userId: number;

  @OneToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn()
  user: Relation<User>;

  @Index()
  @Column({ type: "integer" })
  institutionId: number;

  @ManyToOne(() => Institution, { onDelete: "RESTRICT" })
  institution: Relation<Institution>;

  @Column({ type: "simple-json" })
  workingHours: WeeklyHours;

  @Column({ type: "boolean", default: true })
  active: boolean;

  /** Instruments this person can operate and train on. */
  @ManyToMany(() => Instrument)
  @JoinTable({
    name: "staff_instrument",
    joinColumn: { name: "staff_member_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "instrument_id", referencedColumnName: "id" },
  })
  instruments: Relation<Instrument[]>;
}

@Entity()
@Index(["staffMemberId", "startsAt"])
export class StaffTimeOff extends BaseRow {
  @Column({ type: "integer" })
  staffMemberId: number;

  @ManyToOne(() => StaffMember, { onDelete: "CASCADE" })
  staffMember: Relation<StaffMember>;

  @Column({ type: INSTANT_TYPE })
  startsAt: Date;

  @Column({ type: INSTANT_TYPE })
  endsAt: Date;

  @Column({ type: "varchar", length: 1000, default: "" })
  reason: string;
}
