import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import type { CalendarFeedKind } from "../../../../shared/enums";
import { BaseRow } from "./base";
import { Institution } from "./institution";
import { Instrument } from "./instrument";
import { User } from "./user";

/**
 * A calendar subscription. The secret address is derived from `tokenSalt` with the server's feed secret,
 * so the database alone never yields a working address; lookups go through the SHA-256 `tokenHash`.
 */
@Entity()
export class CalendarFeed extends BaseRow {
  @Index()
  @Column({ type: "integer" })
  ownerUserId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  ownerUser: Relation<User>;

  @Column({ type: "varchar", length: 20 })
  kind: CalendarFeedKind;

  @Column({ type: "varchar", length: 100 })
  label: string;

  @Column({ type: "integer", nullable: true })
  instrumentId: number | null;

  @ManyToOne(() => Instrument, { onDelete: "CASCADE", nullable: true })
  instrument: Relation<Instrument> | null;

  @Column({ type: "integer", nullable: true })
  institutionId: number | null;

  @ManyToOne(() => Institution, { onDelete: "CASCADE", nullable: true })
  institution: Relation<Institution> | null;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Column({ type: "varchar", length: 64 })
  tokenSalt: string;
}
