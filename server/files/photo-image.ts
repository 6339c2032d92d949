import sharp from "sharp";
import { LIMITS } from "../../shared/limits";
import { ValidationError } from "../platform/errors";

/**
 * Decodes an uploaded photo and encodes it again as WebP: turned upright by its EXIF orientation, no larger than
 * LIMITS.photoMaxPixels on its longest side, and without any metadata (EXIF, GPS, XMP, ICC: sharp writes none
 * unless asked), so only pixels the server produced are ever served.
 */
export async function reencodePhoto(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: LIMITS.photoMaxPixels, height: LIMITS.photoMaxPixels, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new ValidationError("The image could not be read", { reason: "file_unreadable" });
  }
}
