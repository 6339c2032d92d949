export { canOnInstitution, listScope } from "./institution.policy";
export { presentInstitution, presentInstitutionRef } from "./institution.presenter";
export { institutionAdminRoutes } from "./institutions.routes";
