import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { CreateInstitutionRequestSchema, UpdateInstitutionRequestSchema } from "../../shared/schemas/institutions";
import { Institution, Instrument } from "../platform/db/entities";
import { NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import type { User } from "../platform/db/entities";
import { assertMayCreateInstitution, assertMayEditInstitution } from "./institution-admin.policy";

type CreateInput = z.output<typeof CreateInstitutionRequestSchema>;
type UpdateInput = z.output<typeof UpdateInstitutionRequestSchema>;

export async function findInstitution(em: EntityManager, id: number): Promise<{ institution: Institution; instrumentCount: number }> {
  const institution = await em.getRepository(Institution).findOneBy({ id });
  if (!institution) throw new NotFound("Institution");
  const instrumentCount = await em.getRepository(Instrument).createQueryBuilder("i").where("i.institutionId = :id AND i.status <> :retired", { id, retired: "retired" }).getCount();
  return { institution, instrumentCount };
}

/** The coordinator adds an institution to the programme (audited). */
export async function createInstitution(em: EntityManager, user: User, input: CreateInput): Promise<Institution> {
  assertMayCreateInstitution(user);
  const institution = await em.getRepository(Institution).save(em.getRepository(Institution).create(input));
  await recordAudit(em, {
    actorUserId: user.id,
    action: "institution.created",
    entityType: "institution",
    entityId: institution.id,
    institutionId: institution.id,
    details: { nameJa: input.nameJa, nameEn: input.nameEn },
  });
  return institution;
}

/** Changes an institution: every field by the coordinator, the contacts by its own admins (audited with the fields). */
export async function updateInstitution(em: EntityManager, user: User, id: number, input: UpdateInput): Promise<{ institution: Institution; instrumentCount: number }> {
  const fields = Object.keys(input);
  const found = await findInstitution(em, id);
  assertMayEditInstitution(user, id, fields);
  Object.assign(found.institution, input);
  await em.getRepository(Institution).save(found.institution);
  await recordAudit(em, { actorUserId: user.id, action: "institution.updated", entityType: "institution", entityId: id, institutionId: id, details: { fields } });
  return found;
}
