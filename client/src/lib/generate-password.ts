const ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ2345679";

/** A random initial password in three groups of four, e.g. "k7Qm-xP4a-Rt9c" (about 69 bits from the Web Crypto RNG). */
export function generatePassword(): string {
  const values = crypto.getRandomValues(new Uint32Array(12));
  const chars = [...values].map((v) => ALPHABET[v % ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join("")).join("-");
}
