import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import type { InstrumentCategory, InstrumentStatus } from "../../../../shared/enums";
import type { HoursChange } from "../../../../shared/time/hours-in-force";
import type { WeeklyHours } from "../../../../shared/time/weekly-hours";
import { BaseRow } from "./base";
import { Institution } from "./institution";

/** A photo as stored: its random id names the WebP file; the alternative text in both languages. */
export interface StoredPhoto {
  id: string;
  altJa: string;
  altEn: string;
  width: number;
  height: number;
}

export interface InstrumentSpec {
  label: { ja: string; en: string };
  value: string;
}

@Entity()
/** PostgreSQL only (trigram and bigram GIN, see the catalogue-search-index and catalogue-bigram-index migrations); schema generation must leave them alone. */
@Index("IDX_instrument_search_text_trgm", { synchronize: false })
@Index("IDX_instrument_search_text_bigram", { synchronize: false })
@Index(["institutionId", "status"])
@Index(["category", "status"])
@Index(["nameJa", "id"])
@Index(["nameEn", "id"])
export class Instrument extends BaseRow {
  @Column({ type: "integer" })
  institutionId: number;

  @ManyToOne(() => Institution, { onDelete: "RESTRICT" })
  institution: Relation<Institution>;

  @Column({ type: "varchar", length: 200 })
  nameJa: string;

  @Column({ type: "varchar", length: 200 })
  nameEn: string;

  @Column({ type: "varchar", length: 40 })
  category: InstrumentCategory;

  @Column({ type: "varchar", length: 200, default: "" })
  manufacturer: string;

  @Column({ type: "varchar", length: 200, default: "" })
  model: string;

  @Column({ type: "text", default: "" })
  descriptionJa: string;

  @Column({ type: "text", default: "" })
  descriptionEn: string;

  /** Capability keywords in both languages: techniques, sample types, resolution, what can be measured. */
  @Column({ type: "simple-json" })
  keywords: string[];

  @Column({ type: "simple-json" })
  specs: InstrumentSpec[];

  @Column({ type: "varchar", length: 200, default: "" })
  building: string;

  @Column({ type: "varchar", length: 100, default: "" })
  room: string;

  /** Uploaded photos, the main one first; the files are under UPLOAD_DIR (server/files/). */
  @Column({ type: "simple-json", nullable: true })
  photos: StoredPhoto[] | null;

  @Column({ type: "varchar", length: 20, default: "active" })
  status: InstrumentStatus;

  @Column({ type: "simple-json" })
  openingHours: WeeklyHours;

  /** Opening hours that take over from a local date on (a change scheduled after the bookings it would strand). */
  @Column({ type: "simple-json", nullable: true })
  openingHoursChange: HoursChange | null;

  @Column({ type: "integer", default: 30 })
  slotMinutes: number;

  @Column({ type: "integer", default: 60 })
  minDurationMinutes: number;

  @Column({ type: "integer", default: 480 })
  maxDurationMinutes: number;

  @Column({ type: "integer", default: 24 })
  leadTimeHours: number;

  @Column({ type: "integer", default: 90 })
  horizonDays: number;

  @Column({ type: "boolean", default: false })
  requiresApproval: boolean;

  @Column({ type: "boolean", default: true })
  selfUse: boolean;

  @Column({ type: "boolean", default: true })
  staffOperated: boolean;

  @Column({ type: "boolean", default: true })
  training: boolean;

  @Column({ type: "integer", default: 0 })
  rateAcademic: number;

  @Column({ type: "integer", default: 0 })
  rateCompany: number;

  @Column({ type: "integer", default: 0 })
  rateSme: number;

  @Column({ type: "integer", default: 0 })
  rateAssistance: number;

  /** Lower-cased names, model, category labels and keywords in both languages, for catalogue search. */
  @Column({ type: "text", default: "" })
  searchText: string;
}
