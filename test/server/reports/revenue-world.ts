import { DateTime } from "luxon";
import type { CustomerType } from "../../../shared/enums";
import { Charge, Invoice, InvoiceLine, type Company, type Institution, type Instrument } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import type { ReportWorld } from "./report-world";

interface LineSpec {
  instrument: Instrument | null;
  type: CustomerType;
  /** Local time of the transaction in the institution's zone. */
  when: string;
  amount: number;
}

let sequence = 0;

/** An invoice (or credit note) with its charges and lines, as billing stores them: lines dated in the institution's zone. */
async function invoice(t: TestApp, institution: Institution, company: Company, spec: { kind?: string; status?: string; issueDate: string; creditOfId?: number }, lines: LineSpec[]) {
  return t.db.write(async (em) => {
    const sign = spec.kind === "credit_note" ? -1 : 1;
    const subtotal = sign * lines.reduce((sum, l) => sum + l.amount, 0);
    const issued = spec.status !== "draft";
    const row = em.getRepository(Invoice).create({
      institutionId: institution.id, companyId: company.id, kind: spec.kind ?? "invoice", status: spec.status ?? "issued", month: spec.issueDate.slice(0, 7),
      number: issued ? `TEST-${++sequence}` : null, issueDate: issued ? spec.issueDate : null, creditOfId: spec.creditOfId ?? null,
      recipientName: company.name, subtotal, tax: Math.floor(subtotal / 10), total: subtotal + Math.floor(subtotal / 10), taxes: [],
    });
    await em.getRepository(Invoice).insert(row);
    for (const [position, l] of lines.entries()) {
      const occurredAt = new Date(at(l.when, institution.timezone));
      const charge = await em.getRepository(Charge).insert({
        institutionId: institution.id, companyId: company.id, instrumentId: l.instrument?.id ?? null, kind: l.instrument ? "instrument_time" : "adhoc",
        description: "test", quantityMilli: 1000, unit: "h", unitPrice: l.amount, amount: l.amount, customerType: l.type, occurredAt, invoiceId: row.id,
      });
      await em.getRepository(InvoiceLine).insert({
        invoiceId: row.id, chargeId: charge.identifiers[0].id, position, description: "test", quantityMilli: 1000, unit: "h", unitPrice: l.amount,
        amount: sign * l.amount, transactionDate: DateTime.fromJSDate(occurredAt, { zone: institution.timezone }).toISODate()!,
      });
    }
    return row;
  });
}

/**
 * Revenue on top of the report world (yen, excluding tax; invoices carry 10 % tax that the reports leave out):
 * - A (Tokyo): c1's training R3 on 2026-04-10, 30,000; c2's session R2 from 22:00 on 31 March 2027, invoiced in April
 *   2027, 40,000 (2026年度: its transaction date); a draft for c1 of 99,999 (not revenue).
 * - B (Kolkata): c2's R11 at 23:30 on 31 March 2027 local (already 1 April in Tokyo), 5,000 (2026年度 for B);
 *   c3's consultation R4 on 2026-05-05, 12,000, credited in full and invoiced again at 10,000; c3's session at 10:00
 *   on 1 April 2027, 7,000 (2027年度).
 * 2026年度: A 70,000, B 15,000, total 85,000; sme 30,000, company 45,000, academic 10,000; 2027年度: 7,000.
 */
export async function addRevenue(t: TestApp, w: ReportWorld): Promise<void> {
  await invoice(t, w.instA, w.c1, { issueDate: "2026-05-01" }, [{ instrument: w.semA, type: "sme", when: "2026-04-10T10:00", amount: 30_000 }]);
  await invoice(t, w.instA, w.c2, { issueDate: "2027-04-05" }, [{ instrument: w.semA, type: "company", when: "2027-03-31T22:00", amount: 40_000 }]);
  await invoice(t, w.instA, w.c1, { status: "draft", issueDate: "2026-09-01" }, [{ instrument: w.semA, type: "sme", when: "2026-08-20T10:00", amount: 99_999 }]);
  await invoice(t, w.instB, w.c2, { issueDate: "2027-04-03" }, [{ instrument: w.semB, type: "company", when: "2027-03-31T23:30", amount: 5_000 }]);
  const wrong = await invoice(t, w.instB, w.c3, { issueDate: "2026-06-01" }, [{ instrument: w.semB, type: "academic", when: "2026-05-05T09:00", amount: 12_000 }]);
  await invoice(t, w.instB, w.c3, { kind: "credit_note", issueDate: "2026-06-10", creditOfId: wrong.id }, [{ instrument: w.semB, type: "academic", when: "2026-05-05T09:00", amount: 12_000 }]);
  await invoice(t, w.instB, w.c3, { issueDate: "2026-06-10" }, [{ instrument: w.semB, type: "academic", when: "2026-05-05T09:00", amount: 10_000 }]);
  await invoice(t, w.instB, w.c3, { issueDate: "2027-05-01" }, [{ instrument: w.semB, type: "academic", when: "2027-04-01T10:00", amount: 7_000 }]);
}
