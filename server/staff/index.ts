export { assistanceRoutes } from "./assistance.routes";
export { staffRoutes } from "./staff.routes";
