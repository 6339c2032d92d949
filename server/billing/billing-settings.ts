import type { EntityManager } from "typeorm";
import { DEFAULT_BILLING_POLICY, type BillingPolicy } from "../../shared/rules/charges";
import type { TaxRounding } from "../../shared/rules/consumption-tax";
import { BillingSettings, Institution, InstrumentBillingPolicy } from "../platform/db/entities";
import { NotFound } from "../platform/errors";

export interface IssuerSettings {
  issuerName: string;
  registrationNumber: string;
  paymentTermsDays: number;
  invoicePrefix: string;
  taxRounding: TaxRounding;
  paymentNote: string;
}

/**
 * The one place invoices read the issuer from. Until institutions carry `invoiceIssuerName` and
 * `registrationNumber` themselves, the institution's `billing_settings` row holds them (the issuer name falls
 * back to the institution's Japanese name); when those fields land, read them here first.
 */
export function issuerOf(institution: Institution, row: BillingSettings | null): IssuerSettings {
  const fields = institution as Institution & { invoiceIssuerName?: string; registrationNumber?: string };
  return {
    issuerName: fields.invoiceIssuerName || row?.issuerName || institution.nameJa,
    registrationNumber: fields.registrationNumber || row?.registrationNumber || "",
    paymentTermsDays: row?.paymentTermsDays ?? 30,
    invoicePrefix: row?.invoicePrefix ?? "INV",
    taxRounding: row?.taxRounding ?? "floor",
    paymentNote: row?.paymentNote ?? "",
  };
}

export async function loadInstitution(em: EntityManager, id: number): Promise<Institution> {
  const institution = await em.getRepository(Institution).findOneBy({ id });
  if (!institution) throw new NotFound("Institution");
  return institution;
}

export async function issuerSettings(em: EntityManager, institution: Institution): Promise<IssuerSettings> {
  return issuerOf(institution, await em.getRepository(BillingSettings).findOneBy({ institutionId: institution.id }));
}

/** The instrument's billing policy, the defaults while none is saved. */
export async function billingPolicyOf(em: EntityManager, instrumentId: number): Promise<BillingPolicy> {
  const row = await em.getRepository(InstrumentBillingPolicy).findOneBy({ instrumentId });
  if (!row) return DEFAULT_BILLING_POLICY;
  const { billsBookedTime, billingUnitMinutes, freeCancellationHours, lateCancellationPercent, noShowPercent } = row;
  return { billsBookedTime, billingUnitMinutes, freeCancellationHours, lateCancellationPercent, noShowPercent };
}
