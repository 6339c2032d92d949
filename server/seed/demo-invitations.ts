import { createHash, randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Invitation, type Company, type Institution, type User } from "../platform/db/entities";

const DAY = 86_400_000;

/**
 * Pending invitations, so the members and institution pages show some: a colleague invited to Aoba by its admin,
 * and a technical staff member invited to TASU by its admin. Their links were never shown (random, hash only).
 */
export async function seedInvitations(
  em: EntityManager,
  now: number,
  refs: { users: Map<string, User>; institutions: Map<string, Institution>; companies: Map<string, Company> },
): Promise<void> {
  const row = (fields: Partial<Invitation>): Partial<Invitation> => ({
    tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
    locale: "ja",
    institutionId: null,
    companyId: null,
    expiresAt: new Date(now + 5 * DAY),
    createdAt: new Date(now - 2 * DAY),
    ...fields,
  });
  await em.getRepository(Invitation).insert([
    row({ email: "tanaka@aoba-seimitsu.demo.example", role: "company_member", companyId: refs.companies.get("aoba")!.id, invitedByUserId: refs.users.get("sme@demo.example")!.id }),
    row({ email: "new-tech@tasu.demo.example", role: "staff", locale: "en", institutionId: refs.institutions.get("tasu")!.id, invitedByUserId: refs.users.get("facility-admin@demo.example")!.id }),
  ]);
}
