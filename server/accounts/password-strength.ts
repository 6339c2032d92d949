import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { ValidationError } from "../platform/errors";

/** zxcvbn's score from 0 to 4; 3 means about 10^8 guesses, the least a password set here must take. */
const MIN_SCORE = 3;
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Refuses a new password that is common (zxcvbn-ts's lists of common passwords, names and words), a pattern (one
 * repeated character, a keyboard row, a sequence) or made of the account's own details (`context`: e-mail, names).
 * The 400 names the field with the issue code `weak_password`, which the client shows in the user's language.
 */
export function assertStrongPassword(password: string, context: readonly string[], field: string): void {
  const words = context.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter((value) => value.length >= 3);
  const result = estimator.check(password, words);
  if (result.score >= MIN_SCORE) return;
  const message = "This password is too easy to guess: avoid common passwords, repeated or sequential characters and your own name or e-mail";
  throw new ValidationError(`${field}: ${message}`, { issues: [{ path: field, code: "weak_password", message }] });
}
