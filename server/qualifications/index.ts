export { qualificationRoutes } from "./qualifications.routes";
