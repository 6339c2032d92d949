import type { EntityManager } from "typeorm";
import type { BillingPolicyView, BillingSettingsView } from "../../shared/schemas/billing";
import { BillingSettings, Instrument, InstrumentBillingPolicy, type User } from "../platform/db/entities";
import { Forbidden, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { canOnInstitution } from "../institutions";
import { billingPolicyOf, issuerSettings, loadInstitution } from "./billing-settings";

export async function readBillingSettings(em: EntityManager, user: User, institutionId: number): Promise<BillingSettingsView> {
  const institution = await loadInstitution(em, institutionId);
  if (!canOnInstitution(user, "view", institutionId)) throw new NotFound("Institution");
  return issuerSettings(em, institution);
}

export async function saveBillingSettings(em: EntityManager, user: User, institutionId: number, input: BillingSettingsView): Promise<BillingSettingsView> {
  const institution = await loadInstitution(em, institutionId);
  if (!canOnInstitution(user, "manage", institutionId)) throw new Forbidden("Only the institution's admins set invoicing");
  const repo = em.getRepository(BillingSettings);
  const existing = await repo.findOneBy({ institutionId });
  if (existing) await repo.update(existing.id, input);
  else await repo.insert(repo.create({ institutionId, ...input }));
  await recordAudit(em, { actorUserId: user.id, action: "billing.settings_updated", entityType: "institution", entityId: institutionId, institutionId, details: { ...input } });
  return issuerSettings(em, institution);
}

/** An instrument's billing and cancellation policy: public, shown before a company books. */
export async function readBillingPolicy(em: EntityManager, instrumentId: number): Promise<BillingPolicyView> {
  if (!(await em.getRepository(Instrument).existsBy({ id: instrumentId }))) throw new NotFound("Instrument");
  return billingPolicyOf(em, instrumentId);
}

export async function saveBillingPolicy(em: EntityManager, user: User, instrumentId: number, input: BillingPolicyView): Promise<BillingPolicyView> {
  const instrument = await em.getRepository(Instrument).findOneBy({ id: instrumentId });
  if (!instrument) throw new NotFound("Instrument");
  if (!canOnInstitution(user, "manage", instrument.institutionId)) throw new Forbidden("Only the institution's admins set billing");
  const repo = em.getRepository(InstrumentBillingPolicy);
  const existing = await repo.findOneBy({ instrumentId });
  if (existing) await repo.update(existing.id, input);
  else await repo.insert(repo.create({ instrumentId, ...input }));
  await recordAudit(em, { actorUserId: user.id, action: "billing.policy_updated", entityType: "instrument", entityId: instrumentId, institutionId: instrument.institutionId, details: { ...input } });
  return billingPolicyOf(em, instrumentId);
}
