import type { z } from "zod";
import { ValidationError } from "../errors";

/** Parses untrusted input with a shared schema; failures become a 400 listing each problem by path. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code }));
  const first = issues[0];
  throw new ValidationError(first.path ? `${first.path}: ${first.message}` : first.message, { issues });
}
