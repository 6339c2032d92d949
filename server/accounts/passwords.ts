import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { Semaphore } from "async-mutex";
import { RateLimited } from "../platform/errors";

/** scrypt parameters: N=2^15 costs ~50 ms and 32 MiB per hash on these machines. */
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/**
 * At most this many hashes are computed at once (each holds 32 MiB and a libuv thread), and at most
 * `MAX_WAITING` more wait their turn: a burst of sign-ins with unknown e-mails beyond that is answered 429 at
 * once instead of queueing everyone, real users included, behind it.
 */
const MAX_CONCURRENT = 4;
const MAX_WAITING = 32;
const hashing = new Semaphore(MAX_CONCURRENT);
let waiting = 0;

async function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  if (waiting >= MAX_WAITING) throw new RateLimited("Too many sign-ins at once; try again in a moment");
  waiting++;
  const [, release] = await hashing.acquire().finally(() => waiting--);
  try {
    return await scryptKey(password, salt, options);
  } finally {
    release();
  }
}

function scryptKey(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: 128 * options.N! * options.r! * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url), so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, checked against when the email is unknown so timing does not reveal accounts. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(12).toString("hex"));
