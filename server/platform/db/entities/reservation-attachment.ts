import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { AttachmentType } from "../../../../shared/schemas/files";
import { INSTANT_TYPE } from "../dialect";

/**
 * A file a company attached to its booking (a safety data sheet, a drawing). The bytes live under UPLOAD_DIR with
 * a random name (`storedName`); `fileName` is the name it was sent with, offered again on download.
 */
@Entity()
@Index(["reservationId", "id"])
export class ReservationAttachment {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: INSTANT_TYPE })
  createdAt: Date;

  @Column({ type: "integer" })
  reservationId: number;

  @Column({ type: "integer" })
  uploadedByUserId: number;

  @Column({ type: "varchar", length: 64 })
  storedName: string;

  @Column({ type: "varchar", length: 200 })
  fileName: string;

  @Column({ type: "varchar", length: 100 })
  contentType: AttachmentType;

  @Column({ type: "integer" })
  sizeBytes: number;
}
