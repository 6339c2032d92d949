import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/** One published version of the terms of use; the highest version is in force. Never edited: a change is a new version. */
@Entity()
export class TermsVersion {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Index({ unique: true })
  @Column({ type: "integer" })
  version: number;

  @Column({ type: "text" })
  textJa: string;

  @Column({ type: "text" })
  textEn: string;

  @Column({ type: "integer", nullable: true })
  publishedById: number | null;
}

/** That a person accepted a version of the terms, and when. */
@Entity()
@Index(["userId", "version"], { unique: true })
export class TermsAcceptance {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  acceptedAt: Date;

  @Column({ type: "integer" })
  userId: number;

  @Column({ type: "integer" })
  version: number;
}
