import { createHash, createHmac, randomBytes } from "node:crypto";

/**
 * Secret feed addresses. A token is the HMAC of a random per-feed salt under the server's feed secret: the
 * database keeps the salt and the token's SHA-256 only, so a copy of the database yields no working address,
 * while the server can still show owners their links. Rotating draws a new salt.
 */
export function newFeedSalt(): string {
  return randomBytes(32).toString("base64url");
}

export function feedToken(secret: string, salt: string): string {
  return createHmac("sha256", secret).update(`calendar-feed:${salt}`).digest("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
