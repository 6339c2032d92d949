export { assertTermsAccepted } from "./terms.service";
export { termsRoutes } from "./terms.routes";
