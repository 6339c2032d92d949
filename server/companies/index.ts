export { companyRoutes } from "./companies.routes";
export { customerTypeAtUse } from "./customer-type";
