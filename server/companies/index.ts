export { companyRoutes } from "./companies.routes";
