export { mayManageCompany, maySeeCompany } from "./company.policy";
export { companyMemberRoutes } from "./company-members.routes";
