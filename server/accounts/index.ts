export { authRoutes } from "./auth.routes";
export { authenticate, authenticateFromCache, currentActor, currentUser, setSessionCookies, withSessionGuard } from "./authenticate";
export { issueSession, staffMemberIdOf } from "./auth.service";
export { presentUser } from "./users.presenter";
export { hashPassword } from "./passwords";
export { assertStrongPassword } from "./password-strength";
export type { Guarded, SessionGuard } from "./session-guard";
export { userRoutes } from "./users.routes";
