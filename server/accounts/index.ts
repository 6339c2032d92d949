export { authRoutes } from "./auth.routes";
export { authenticate, authenticateFromCache, currentActor, currentUser, withSessionGuard } from "./authenticate";
export { hashPassword } from "./passwords";
export { SessionChanged, sessionStillHolds } from "./session-guard";
export type { SessionFacts } from "./session-guard";
export { userRoutes } from "./users.routes";
