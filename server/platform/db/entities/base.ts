import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** Columns every table has. */
export abstract class BaseRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @UpdateDateColumn({ type: INSTANT_TYPE })
  updatedAt: Date;
}
