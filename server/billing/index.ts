export { chargeRoutes, institutionBillingRoutes, instrumentBillingRoutes } from "./billing.routes";
export { invoiceCsvRoutes, invoiceRoutes } from "./invoices.routes";
export { chargeCompanyCancellation, chargeRecordedSession } from "./session-charges";
export { runInvoices } from "./invoice-run.service";
export { issueInvoice, markPaid } from "./invoice-issue.service";
export { issuedRevenueLines, type RevenueLine } from "./revenue";
export { billingPolicyOf, issuerSettings, loadInstitution } from "./billing-settings";
