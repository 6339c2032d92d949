export { closureRoutes } from "./closures.routes";
