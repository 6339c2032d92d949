import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { TaxRounding } from "../../shared/rules/consumption-tax";
import { ASSISTANCE_OF_MODE, priceQuote, type PricedQuote, type QuotedSession, type QuoteUsageMode } from "../../shared/rules/quotes";
import type { CreateQuoteRequestSchema } from "../../shared/schemas/quotes";
import { checkUsageMode, ratesOf } from "../availability";
import { billingPolicyOf, issuerSettings } from "../billing";
import { customerTypeAtUse } from "../companies";
import { Instrument, type Company, type Institution } from "../platform/db/entities";
import { RuleViolation } from "../platform/errors";

type CreateQuoteInput = z.output<typeof CreateQuoteRequestSchema>;

const MODE_JA: Record<QuoteUsageMode, string> = { self: "自己利用", operation: "技術代行", training: "利用講習" };

export interface QuotePrice extends PricedQuote {
  customerType: Company["customerType"];
  provisional: boolean;
  rounding: TaxRounding;
}

/** The quoted instruments, each of the quoting institution and offering its usage mode (else 422). */
async function quotedInstruments(em: EntityManager, institution: Institution, input: CreateQuoteInput): Promise<Map<number, Instrument>> {
  const ids = input.items.map((i) => i.instrumentId);
  const instruments = new Map((await em.getRepository(Instrument).findBy({ id: In(ids) })).map((i) => [i.id, i]));
  for (const item of input.items) {
    const instrument = instruments.get(item.instrumentId);
    if (!instrument || instrument.institutionId !== institution.id) {
      throw new RuleViolation("Quote only your institution's instruments", { reason: "instrument_not_of_institution", instrumentId: item.instrumentId });
    }
    const breach = checkUsageMode(instrument, ASSISTANCE_OF_MODE[item.usageMode]);
    if (breach) throw new RuleViolation(breach.message, { reason: breach.reason, instrumentId: item.instrumentId });
  }
  return instruments;
}

/**
 * Prices a quote by the booking's rules for the company's customer type (provisional while unverified), each
 * session in its instrument's billing unit, staff hours at the first instrument's assistance rate, tax with the
 * institution's rounding.
 */
export async function priceQuoteFor(em: EntityManager, institution: Institution, company: Company, input: CreateQuoteInput): Promise<QuotePrice> {
  const instruments = await quotedInstruments(em, institution, input);
  const sessions: QuotedSession[] = [];
  for (const item of input.items) {
    const instrument = instruments.get(item.instrumentId)!;
    const policy = await billingPolicyOf(em, instrument.id);
    sessions.push({
      instrumentId: instrument.id, usageMode: item.usageMode, minutes: Math.round(item.hours * 60), rates: ratesOf(instrument),
      billingUnitMinutes: policy.billingUnitMinutes, description: `${instrument.nameJa} ${MODE_JA[item.usageMode]}`,
    });
  }
  const { taxRounding } = await issuerSettings(em, institution);
  const customerType = customerTypeAtUse(company);
  const priced = priceQuote({
    customerType, sessions, staffHours: input.staffHours ?? 0, staffRate: sessions[0]!.rates.assistancePerHour,
    consumables: input.consumables ?? [], rounding: taxRounding,
  });
  for (const line of priced.lines) {
    if (line.kind === "staff_time") line.description = line.instrumentId === null ? "技術職員 技術支援" : `${line.description} 技術職員`;
  }
  return { ...priced, customerType, provisional: company.verification === "unverified", rounding: taxRounding };
}
