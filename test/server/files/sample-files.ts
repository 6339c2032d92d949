import fs from "node:fs";
import sharp from "sharp";

/** A small JPEG carrying EXIF with a camera name, an author and a GPS position, as a phone would write it. */
export function jpegWithExif(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#3366cc" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "SecretCam", Artist: "Field Engineer" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "139/1 41/1 0/1" },
    })
    .toBuffer();
}

export function png(width = 32, height = 32): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: "#22aa66" } }).png().toBuffer();
}

/** The smallest well-formed PDF worth the name. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Text that claims to be a PDF by its name only. */
export const NOT_A_PDF = Buffer.from("#!/bin/sh\necho this is not a PDF\n");

/** Bytes that start like a JPEG but are not one. */
export const BROKEN_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

/** The stored attachment files under an upload directory. */
export const attachmentFilesIn = (uploadDir: string) => (fs.existsSync(`${uploadDir}/attachments`) ? fs.readdirSync(`${uploadDir}/attachments`) : []);

/** A superagent parser that keeps a download's body as bytes. */
export const binary = (res: import("superagent").Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () => done(null, Buffer.concat(chunks)));
};
