import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { INSTANT_TYPE } from "../dialect";

/**
 * A need the coordinator added to the search thesaurus (or a repository need it replaces or switches off): phrases
 * people type, in Japanese and English, and the techniques or instrument categories that answer them. Merged with
 * the repository's thesaurus (`shared/search/needs.ts`) whenever the catalogue's search index is brought up to date;
 * writes bump the catalogue revision (trigger), so every process sees them on its next search.
 */
@Entity()
export class SearchThesaurusEntry {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @UpdateDateColumn({ type: INSTANT_TYPE })
  updatedAt: Date;

  @Column({ type: "simple-json" })
  ja: string[];

  @Column({ type: "simple-json" })
  en: string[];

  /** Technique ids (`shared/search/techniques.ts`). */
  @Column({ type: "simple-json" })
  techniques: string[];

  /** Instrument categories (`INSTRUMENT_CATEGORIES`). */
  @Column({ type: "simple-json" })
  categories: string[];

  @Column({ type: "boolean", default: true })
  enabled: boolean;

  /** The key (first Japanese phrase) of the repository need this entry replaces; null for a need of its own. */
  @Column({ type: "varchar", length: 60, nullable: true })
  replaces: string | null;
}
