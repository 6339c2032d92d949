import type { Response } from "express";

/**
 * Sends a stored file as a download: always `Content-Disposition: attachment`, never rendered in the page; the type
 * is the one detected at upload, with nosniff. No caching (the API's no-store stays).
 */
export function sendAttachment(res: Response, file: string, attachment: { fileName: string; contentType: string }): void {
  res.download(file, attachment.fileName, {
    cacheControl: false,
    headers: { "Content-Type": attachment.contentType, "X-Content-Type-Options": "nosniff" },
  });
}
