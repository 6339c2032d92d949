import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** A random file name (32 hex characters): unguessable, and never derived from what the user sent. */
export function randomName(): string {
  return randomBytes(16).toString("hex");
}

/**
 * The files under UPLOAD_DIR: `photos/<id>.webp` (public catalogue content) and `attachments/<random>` (served only
 * through the API after a permission check). A file is written under a temporary name and renamed into place, so
 * a reader never sees half a file; it is written before the database row that names it and removed again when that
 * row could not be written, so a failed upload leaves nothing behind.
 */
export class UploadStore {
  constructor(private readonly root: string) {}

  photoPath(id: string): string {
    return path.resolve(this.root, "photos", `${id}.webp`);
  }

  attachmentPath(storedName: string): string {
    return path.resolve(this.root, "attachments", storedName);
  }

  async save(target: string, bytes: Buffer): Promise<void> {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomName()}.part`;
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, target);
  }

  /** Removes a file; one already gone is fine. */
  async remove(target: string): Promise<void> {
    await fs.rm(target, { force: true });
  }

  /** Saves an attachment under a new random name, then runs `record` with that name; a failed `record` removes the file. */
  async saveAttachment<T>(bytes: Buffer, record: (storedName: string) => Promise<T>): Promise<T> {
    const storedName = randomName();
    const target = this.attachmentPath(storedName);
    await this.save(target, bytes);
    return this.recordOrRemove(target, () => record(storedName));
  }

  /** Runs `record` (the database write naming a just-saved file) and removes the file again if it fails. */
  async recordOrRemove<T>(target: string, record: () => Promise<T>): Promise<T> {
    try {
      return await record();
    } catch (error) {
      await this.remove(target);
      throw error;
    }
  }
}
