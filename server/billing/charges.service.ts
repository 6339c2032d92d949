import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { ChargeListQuerySchema, CorrectChargeRequestSchema, CreateChargeRequestSchema } from "../../shared/schemas/billing";
import { lineAmount } from "../../shared/rules/consumption-tax";
import { Charge, Company, Reservation, type User } from "../platform/db/entities";
import { Forbidden, NotFound, ValidationError } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { billingScope, canOnCharge } from "./billing.policy";
import { customerTypeAtUse } from "../companies";
import { loadInstitution } from "./billing-settings";
import { assertNotIssued, rebuildDrafts } from "./drafts";
import { monthWindow } from "./months";

type ListQuery = z.output<typeof ChargeListQuerySchema>;
type CreateInput = z.output<typeof CreateChargeRequestSchema>;
type CorrectInput = z.output<typeof CorrectChargeRequestSchema>;

/** Charges the user may see, newest first, optionally of one month (in each charge's institution's zone: Tokyo). */
export async function listCharges(em: EntityManager, user: User, query: ListQuery): Promise<{ items: Charge[]; total: number }> {
  const scope = billingScope(user, query);
  const q = em.getRepository(Charge).createQueryBuilder("c").orderBy("c.occurredAt", "DESC").addOrderBy("c.id", "ASC");
  if (scope.institutionId !== null) q.andWhere("c.institutionId = :institutionId", { institutionId: scope.institutionId });
  if (scope.companyId !== null) q.andWhere("c.companyId = :companyId", { companyId: scope.companyId });
  if (query.month) {
    const zone = scope.institutionId !== null ? (await loadInstitution(em, scope.institutionId)).timezone : "Asia/Tokyo";
    const window = monthWindow(query.month, zone);
    q.andWhere("c.occurredAt >= :from AND c.occurredAt < :to", { from: window.start, to: window.end });
  }
  const [items, total] = await q.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
  return { items, total };
}

/** Staff or an admin add a consumable or an ad hoc line for a company, dated on a local day. */
export async function addCharge(em: EntityManager, user: User, input: CreateInput): Promise<Charge> {
  const institution = await loadInstitution(em, input.institutionId);
  if (!canOnCharge(user, "change", input)) throw new Forbidden("Only the institution's staff add charges");
  const company = await em.getRepository(Company).findOneBy({ id: input.companyId });
  if (!company) throw new ValidationError("companyId: no such company");
  if (input.reservationId !== undefined) {
    const reservation = await em.getRepository(Reservation).findOneBy({ id: input.reservationId });
    if (!reservation || reservation.companyId !== company.id || reservation.institutionId !== institution.id) throw new ValidationError("reservationId: not this company's booking here");
  }
  const quantityMilli = Math.round(input.quantity * 1000);
  const charge = em.getRepository(Charge).create({
    institutionId: institution.id,
    companyId: company.id,
    reservationId: input.reservationId ?? null,
    instrumentId: null,
    kind: input.kind,
    description: input.description,
    quantityMilli,
    unit: input.unit,
    unitPrice: input.unitPrice,
    amount: lineAmount(quantityMilli, input.unitPrice),
    taxCategory: input.taxCategory,
    customerType: customerTypeAtUse(company),
    occurredAt: DateTime.fromISO(input.date, { zone: institution.timezone }).startOf("day").toJSDate(),
    createdById: user.id,
  });
  await em.getRepository(Charge).insert(charge);
  await recordAudit(em, {
    actorUserId: user.id, action: "charge.created", entityType: "charge", entityId: charge.id, institutionId: institution.id, companyId: company.id,
    details: { kind: charge.kind, description: charge.description, amount: charge.amount },
  });
  return charge;
}

/** Corrects a charge not yet on an issued invoice (a draft it is on follows), audited with the reason. */
export async function correctCharge(em: EntityManager, user: User, id: number, input: CorrectInput): Promise<Charge> {
  const charge = await em.getRepository(Charge).findOneBy({ id });
  if (!charge || !canOnCharge(user, "view", charge)) throw new NotFound("Charge");
  if (!canOnCharge(user, "change", charge)) throw new Forbidden("Only the institution's staff correct charges");
  await assertNotIssued(em, [charge]);
  const before = { description: charge.description, quantity: charge.quantityMilli / 1000, unitPrice: charge.unitPrice, amount: charge.amount, taxCategory: charge.taxCategory };
  const quantityMilli = input.quantity !== undefined ? Math.round(input.quantity * 1000) : charge.quantityMilli;
  const unitPrice = input.unitPrice ?? charge.unitPrice;
  const changes = {
    description: input.description ?? charge.description,
    quantityMilli,
    unitPrice,
    amount: lineAmount(quantityMilli, unitPrice),
    taxCategory: input.taxCategory ?? charge.taxCategory,
  };
  await em.getRepository(Charge).update(id, changes);
  await recordAudit(em, {
    actorUserId: user.id, action: "charge.corrected", entityType: "charge", entityId: id, institutionId: charge.institutionId, companyId: charge.companyId,
    reason: input.reason, details: { before, after: { ...changes, quantity: quantityMilli / 1000, quantityMilli: undefined } },
  });
  await rebuildDrafts(em, [charge.invoiceId]);
  return em.getRepository(Charge).findOneByOrFail({ id });
}
