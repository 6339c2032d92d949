export { capabilityRoutes, needRoutes } from "./capabilities.routes";
