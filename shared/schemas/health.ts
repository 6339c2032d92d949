import { z } from "zod";

export const HealthResponseSchema = z.object({ status: z.literal("ok") });

/** Readiness: this process can serve traffic (database reachable, not shutting down). */
export const ReadyResponseSchema = z.object({ status: z.literal("ready"), database: z.enum(["sqlite", "postgres"]) });
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;
