export { reservationHistory } from "./audit-query.service";
export { presentAuditEvent } from "./audit.presenter";
export { auditRoutes } from "./audit.routes";
