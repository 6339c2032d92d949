export { instrumentAdminRoutes } from "./instrument-admin.routes";
