export { canOnInstitution, listScope } from "./institution.policy";
