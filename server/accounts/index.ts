export { authRoutes } from "./auth.routes";
export { authenticate, authenticateFromCache, currentActor, currentUser, withSessionGuard } from "./authenticate";
export { hashPassword } from "./passwords";
export type { Guarded, SessionGuard } from "./session-guard";
export { userRoutes } from "./users.routes";
