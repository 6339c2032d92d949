import { In, type EntityManager } from "typeorm";
import type { AssistanceType } from "../../shared/enums";
import { cancellationCharge, sessionCharges, type BillingPolicy, type ChargeLine } from "../../shared/rules/charges";
import { hourlyRateOf } from "../../shared/rules/pricing";
import { quotedRatesOf, usageModeOf } from "../../shared/rules/quotes";
import { ratesOf } from "../availability";
import { Charge, QuoteLine, type Instrument, type Reservation } from "../platform/db/entities";
import { customerTypeAtUse } from "../companies";
import { billingPolicyOf } from "./billing-settings";
import { assertNotIssued, rebuildDrafts } from "./drafts";
import { GLOSSARY_JA } from "../../shared/glossary";

const GENERATED_KINDS = ["instrument_time", "staff_time", "no_show"] as const;

const ASSISTANCE_JA: Record<AssistanceType, string> = { ...GLOSSARY_JA.usageModes, none: "" };

/** Generated lines are described in Japanese, the language of the invoice; the client labels kinds per language. */
function describe(line: ChargeLine, instrument: Instrument, policy: BillingPolicy): string {
  switch (line.kind) {
    case "instrument_time":
      return `${instrument.nameJa} 機器利用`;
    case "staff_time":
      return `${instrument.nameJa} 技術職員 ${ASSISTANCE_JA[line.assistanceType ?? "operation"]}`;
    case "no_show":
      return `${instrument.nameJa} 無断不使用料 (${policy.noShowPercent}%)`;
    case "cancellation":
      return `${instrument.nameJa} キャンセル料 (${policy.lateCancellationPercent}%)`;
    default:
      return instrument.nameJa;
  }
}

interface SessionRates {
  hourly: number;
  staff: number;
  /** The quote's billing unit, when the session was booked from a quote. */
  billingUnitMinutes?: number;
}

/**
 * The rates a session is charged at: for a session booked from a quote, the quote's (its hourly rates and billing
 * unit, so the quoted unit prices apply exactly); otherwise the instrument's rate for the company's customer type at
 * the time of use (the booking's price rule).
 */
async function ratesFor(em: EntityManager, reservation: Reservation): Promise<SessionRates> {
  const mode = usageModeOf(reservation.assistanceType);
  if (reservation.quoteId !== null && mode) {
    const quoted = quotedRatesOf(await em.getRepository(QuoteLine).findBy({ quoteId: reservation.quoteId }), reservation.instrumentId, mode);
    if (quoted) return { hourly: quoted.hourlyRate, staff: quoted.staffRate ?? 0, billingUnitMinutes: quoted.billingUnitMinutes };
  }
  const rates = ratesOf(reservation.instrument);
  return { hourly: hourlyRateOf(rates, customerTypeAtUse(reservation.company)), staff: rates.assistancePerHour };
}

/** The instrument's policy, billed in the quote's unit for a session booked from a quote. */
async function policyFor(em: EntityManager, reservation: Reservation, rates: SessionRates): Promise<BillingPolicy> {
  const policy = await billingPolicyOf(em, reservation.instrumentId);
  return rates.billingUnitMinutes ? { ...policy, billingUnitMinutes: rates.billingUnitMinutes } : policy;
}

async function insertLines(em: EntityManager, reservation: Reservation, lines: ChargeLine[], policy: BillingPolicy, actorId: number | null, at: Date) {
  const customerType = customerTypeAtUse(reservation.company);
  const rows = lines.map((line) =>
    em.getRepository(Charge).create({
      institutionId: reservation.institutionId,
      companyId: reservation.companyId,
      reservationId: reservation.id,
      instrumentId: reservation.instrumentId,
      kind: line.kind,
      description: describe(line, reservation.instrument, policy),
      quantityMilli: line.quantityMilli,
      unit: line.unit,
      unitPrice: line.unitPrice,
      amount: line.amount,
      taxCategory: "standard",
      customerType,
      occurredAt: at,
      createdById: actorId,
      quoteId: reservation.quoteId,
    }),
  );
  if (rows.length > 0) await em.getRepository(Charge).insert(rows);
}

/**
 * Charges a recorded session (completed or no-show), replacing what an earlier record of it charged. A session
 * whose charges are on an issued invoice cannot be charged again (409 invoice_issued: credit the invoice first).
 * The transaction date is the booked start, so a session from 23:30 on the last day belongs to that month.
 */
export async function chargeRecordedSession(em: EntityManager, reservation: Reservation, actorId: number): Promise<void> {
  if (reservation.status !== "completed" && reservation.status !== "no_show") return;
  const previous = await em.getRepository(Charge).findBy({ reservationId: reservation.id, kind: In([...GENERATED_KINDS]) });
  await assertNotIssued(em, previous);
  if (previous.length > 0) await em.getRepository(Charge).delete(previous.map((c) => c.id));
  const rates = await ratesFor(em, reservation);
  const policy = await policyFor(em, reservation, rates);
  const actual = reservation.actualStartAt && reservation.actualEndAt ? { start: reservation.actualStartAt.getTime(), end: reservation.actualEndAt.getTime() } : null;
  const lines = sessionCharges(policy, {
    outcome: reservation.status,
    booked: { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() },
    actual,
    assistanceType: reservation.assistanceType,
    staffMinutes: reservation.staffMinutes ?? 0,
    hourlyRate: rates.hourly,
    staffRate: rates.staff,
  });
  await insertLines(em, reservation, lines, policy, actorId, reservation.startsAt);
  await rebuildDrafts(em, previous.map((c) => c.invoiceId));
}

/** The late-cancellation fee of a company cancelling at `now` (the facility cancelling never comes here). */
export async function chargeCompanyCancellation(em: EntityManager, reservation: Reservation, actorId: number, now: number): Promise<void> {
  const rates = await ratesFor(em, reservation);
  const policy = await policyFor(em, reservation, rates);
  const booked = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
  const fee = cancellationCharge(policy, booked, rates.hourly, now);
  if (fee) await insertLines(em, reservation, [fee], policy, actorId, reservation.startsAt);
}
