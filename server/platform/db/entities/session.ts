import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { User } from "./user";

/** A signed-in session. Only a hash of the bearer token is stored; any server process can answer for it. */
@Entity("auth_session")
export class Session extends BaseRow {
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: "integer" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  user: Relation<User>;

  @Column({ type: "varchar", length: 64 })
  csrfToken: string;

  @Column({ type: INSTANT_TYPE })
  expiresAt: Date;
}
