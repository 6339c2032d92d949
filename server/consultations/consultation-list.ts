import { In, IsNull, type EntityManager } from "typeorm";
import type { ConsultationSummary } from "../../shared/schemas/consultations";
import { type Consultation, ConsultationRoute } from "../platform/db/entities";
import { loadNames } from "./consultation-names";
import { presentConsultationSummary } from "./consultation.presenter";

/** A page of consultations with the institutions and staff they are with, in three queries. */
export async function presentConsultationPage(em: EntityManager, items: Consultation[]): Promise<ConsultationSummary[]> {
  if (items.length === 0) return [];
  const routes = await em.getRepository(ConsultationRoute).find({
    where: { consultationId: In(items.map((c) => c.id)), removedAt: IsNull() },
    order: { routedAt: "ASC", id: "ASC" },
  });
  const names = await loadNames(em, {
    companyIds: items.map((c) => c.companyId),
    institutionIds: routes.map((r) => r.institutionId),
    staffMemberIds: routes.map((r) => r.assignedStaffMemberId),
  });
  return items.map((c) => presentConsultationSummary(c, routes.filter((r) => r.consultationId === c.id), names));
}
