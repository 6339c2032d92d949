import { Router } from "express";
import { In } from "typeorm";
import { IdParamsSchema } from "../../shared/schemas/common";
import { BillingPolicySchema, BillingSettingsSchema, ChargeListQuerySchema, CorrectChargeRequestSchema, CreateChargeRequestSchema, InvoiceRunRequestSchema } from "../../shared/schemas/billing";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { Company, Institution, Invoice, type Charge } from "../platform/db/entities";
import type { EntityManager } from "typeorm";
import { addCharge, correctCharge, listCharges } from "./charges.service";
import { readBillingPolicy, readBillingSettings, saveBillingPolicy, saveBillingSettings } from "./billing-settings.service";
import { runInvoices } from "./invoice-run.service";
import { withLines } from "./invoice-query";
import { presentCharge, presentInvoice } from "./invoices.presenter";

async function presentCharges(em: EntityManager, charges: Charge[]) {
  const ids = [...new Set(charges.map((c) => c.invoiceId).filter((id): id is number => id !== null))];
  const invoices = ids.length ? await em.getRepository(Invoice).findBy({ id: In(ids) }) : [];
  const status = new Map(invoices.map((i) => [i.id, i.status]));
  const companyIds = [...new Set(charges.map((c) => c.companyId))];
  const companies = companyIds.length ? await em.getRepository(Company).findBy({ id: In(companyIds) }) : [];
  const names = new Map(companies.map((c) => [c.id, c.name]));
  const institutionIds = [...new Set(charges.map((c) => c.institutionId))];
  const institutions = institutionIds.length ? await em.getRepository(Institution).findBy({ id: In(institutionIds) }) : [];
  const zones = new Map(institutions.map((i) => [i.id, i.timezone]));
  return charges.map((c) => presentCharge(c, (id) => status.get(id), names.get(c.companyId) ?? "", zones.get(c.institutionId) ?? "Asia/Tokyo"));
}

/** Charges (mounted at /charges). */
export function chargeRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const query = parse(ChargeListQuerySchema, req.query);
    const { items, total } = await listCharges(ctx.db.manager, currentUser(req), query);
    res.json({ items: await presentCharges(ctx.db.manager, items), total });
  });
  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateChargeRequestSchema, req.body);
    const charge = await ctx.db.write((em) => addCharge(em, user, input));
    res.status(201).json({ charge: (await presentCharges(ctx.db.manager, [charge]))[0] });
  });
  router.patch("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(CorrectChargeRequestSchema, req.body);
    const charge = await ctx.db.write((em) => correctCharge(em, user, id, input));
    res.json({ charge: (await presentCharges(ctx.db.manager, [charge]))[0] });
  });
  return router;
}

/** An institution's invoicing settings and monthly run (mounted at /institutions). */
export function institutionBillingRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/:id/billing-settings", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    res.json({ settings: await readBillingSettings(ctx.db.manager, currentUser(req), id) });
  });
  router.put("/:id/billing-settings", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(BillingSettingsSchema, req.body);
    res.json({ settings: await ctx.db.write((em) => saveBillingSettings(em, user, id, input)) });
  });
  router.post("/:id/invoice-runs", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { month } = parse(InvoiceRunRequestSchema, req.body);
    const drafts = await ctx.db.write((em) => runInvoices(em, user, id, month));
    res.status(201).json({ invoices: (await withLines(ctx.db.manager, drafts)).map(presentInvoice) });
  });
  return router;
}

/** An instrument's billing and cancellation policy (mounted at /instruments). */
export function instrumentBillingRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/:id/billing-policy", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    res.json({ policy: await readBillingPolicy(ctx.db.manager, id) });
  });
  router.put("/:id/billing-policy", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(BillingPolicySchema, req.body);
    res.json({ policy: await ctx.db.write((em) => saveBillingPolicy(em, user, id, input)) });
  });
  return router;
}
