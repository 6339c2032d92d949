export { authRoutes } from "./auth.routes";
export { authenticate, authenticateFromCache, currentActor, currentUser, withSessionGuard } from "./authenticate";
export { hashPassword } from "./passwords";
export { assertStrongPassword } from "./password-strength";
export type { Guarded, SessionGuard } from "./session-guard";
export { userRoutes } from "./users.routes";
