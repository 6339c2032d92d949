import type { Request, RequestHandler } from "express";
import multer from "multer";
import { AppError, ValidationError } from "../platform/errors";
import { detectType, type DetectedType } from "./file-types";

/**
 * Reads one multipart file (field `file`) of at most `maxBytes` into memory, with a few small text fields.
 * Larger: 413 `payload_too_large`; anything malformed: 400. Nothing is written to disk here.
 */
export function singleFile(maxBytes: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as raw UTF-8 (試料.pdf), not in the latin1 that multipart's default assumes.
    defParamCharset: "utf8",
    limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 4_000, parts: 10 },
  }).single("file");
  return (req, res, next) => {
    parse(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        if (error.code === "LIMIT_FILE_SIZE") {
          return next(new AppError("payload_too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, { reason: "file_too_large", maxBytes }));
        }
        return next(new ValidationError(`The upload could not be read (${error.code})`, { reason: "bad_upload" }));
      }
      next(new ValidationError("The upload could not be read", { reason: "bad_upload" }));
    });
  };
}

export interface UploadedFile {
  bytes: Buffer;
  type: DetectedType;
  originalName: string;
}

/** The uploaded file, if its content is one of `accepted` (whatever its name or declared type says); 400 otherwise. */
export function uploadedFile(req: Request, accepted: readonly DetectedType[]): UploadedFile {
  const file = req.file;
  if (!file || file.size === 0) throw new ValidationError("Send the file as multipart/form-data in the field `file`", { reason: "file_missing" });
  const type = detectType(file.buffer);
  if (!type || !accepted.includes(type)) {
    throw new ValidationError(`The file's content is not one of: ${accepted.join(", ")}`, { reason: "file_type", accepted });
  }
  return { bytes: file.buffer, type, originalName: file.originalname };
}
