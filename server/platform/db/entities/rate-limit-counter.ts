import { Column, Entity, PrimaryColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** Hits per rate-limit key in the current window, shared by every server process (see server/http/rate-limit-store.ts). */
@Entity()
export class RateLimitCounter {
  @PrimaryColumn({ type: "varchar", length: 300 })
  key: string;

  @Column({ type: "integer" })
  hits: number;

  @Column({ type: INSTANT_TYPE })
  resetAt: Date;
}
