import type { Logger } from "pino";
import { IsNull } from "typeorm";
import type { Clock } from "../platform/clock";
import type { Config } from "../platform/config";
import type { Database } from "../platform/db/database";
import { Invitation, User } from "../platform/db/entities";
import { createInvitation } from "./invitation.service";

export type FirstCoordinatorOutcome = { status: "not_empty" } | { status: "no_admin_email" } | { status: "invited"; url: string; expiresAt: Date };

/**
 * A start without demo data on a database with no accounts: invites ADMIN_EMAIL as the first coordinator and logs
 * the one-time link (a fresh link on every such start, the earlier ones withdrawn: only their hashes are kept).
 * Without ADMIN_EMAIL it logs how to set it. Once anyone has an account it does nothing.
 */
export async function inviteFirstCoordinator(db: Database, clock: Clock, config: Config, logger: Logger): Promise<FirstCoordinatorOutcome> {
  const outcome = await db.write(async (em): Promise<FirstCoordinatorOutcome> => {
    if ((await em.getRepository(User).count()) > 0) return { status: "not_empty" };
    if (!config.adminEmail) return { status: "no_admin_email" };
    const now = clock.now();
    await em.getRepository(Invitation).update({ role: "coordinator", acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date(now) });
    const { invitation, url } = await createInvitation(em, {
      email: config.adminEmail,
      role: "coordinator",
      target: { kind: "programme" },
      locale: "ja",
      invitedBy: null,
      baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      ttlMs: config.invitationTtlMs,
      now,
    });
    return { status: "invited", url, expiresAt: invitation.expiresAt };
  });
  if (outcome.status === "no_admin_email") {
    logger.warn("The database has no accounts yet. Set ADMIN_EMAIL=<the programme coordinator's e-mail> and start again: a one-time link to create the first coordinator account will be printed here (and e-mailed).");
  }
  if (outcome.status === "invited") {
    logger.warn({ email: config.adminEmail, expiresAt: outcome.expiresAt.toISOString() }, `First coordinator: open this one-time link to create the account: ${outcome.url}`);
  }
  return outcome;
}
