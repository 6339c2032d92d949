export { presentBlackout } from "./blackout.presenter";
export { blackoutRoutes } from "./blackouts.routes";
