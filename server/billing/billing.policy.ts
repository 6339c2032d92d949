import { canOnInstitution, listScope } from "../institutions";
import type { Charge, Invoice, User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * Who may do what with money. Charges: a company's members see their company's; the institution's staff and
 * admins see and correct (and add to) its charges; the coordinator reads all. Invoices: a company's members see its
 * issued invoices; the institution's admins run, issue, credit and mark them paid; the coordinator reads all;
 * everyone else gets 404.
 */
export type ChargeAction = "view" | "change";
export type InvoiceAction = "view" | "manage";

export function canOnCharge(user: User, action: ChargeAction, charge: Pick<Charge, "institutionId" | "companyId">): boolean {
  if (user.role === "company_member") return action === "view" && user.companyId === charge.companyId;
  return canOnInstitution(user, action === "view" ? "view" : "operate", charge.institutionId);
}

export function canOnInvoice(user: User, action: InvoiceAction, invoice: Pick<Invoice, "institutionId" | "companyId" | "status">): boolean {
  if (user.role === "company_member") return action === "view" && user.companyId === invoice.companyId && invoice.status === "issued";
  if (user.role === "staff") return false;
  return canOnInstitution(user, action === "view" ? "view" : "manage", invoice.institutionId);
}

/** Which rows a list covers: a company member only their company's, facility accounts their institution's. */
export function billingScope(user: User, query: { institutionId?: number; companyId?: number }): { institutionId: number | null; companyId: number | null } {
  if (user.role === "company_member") {
    if (query.companyId !== undefined && query.companyId !== user.companyId) throw new Forbidden("You can only see your own company's charges");
    return { institutionId: query.institutionId ?? null, companyId: user.companyId };
  }
  return { institutionId: listScope(user, query.institutionId), companyId: query.companyId ?? null };
}
