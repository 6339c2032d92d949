export { chargeRoutes, institutionBillingRoutes, instrumentBillingRoutes } from "./billing.routes";
export { invoiceCsvRoutes, invoiceRoutes } from "./invoices.routes";
export { chargeCompanyCancellation, chargeRecordedSession } from "./session-charges";
