import type { NextFunction, Request, Response } from "express";
import type { Session, User } from "../db/entities";
import { Forbidden, Unauthenticated } from "../errors";
import type { Actor } from "../policies/actor";
import { resolveSession, SESSION_TTL_MS, staffMemberIdOf } from "../services/auth.service";
import type { AppContext } from "./context";

export const SESSION_COOKIE = "sid";
export const CSRF_COOKIE = "csrf_token";
export const CSRF_HEADER = "x-csrf-token";

export interface AuthState {
  user: User;
  session: Session;
  staffMemberId: number | null;
  /** Cookie-borne sessions need a CSRF token for state changes; bearer tokens do not (browsers never attach them). */
  via: "bearer" | "cookie";
}

declare module "express-serve-static-core" {
  interface Request {
    auth?: AuthState;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Resolves the caller from `Authorization: Bearer` or the session cookie; anonymous requests pass through. */
export function authenticate(ctx: AppContext) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const bearer = bearerToken(req);
    const cookie: string | undefined = req.cookies?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token || token.length > 200) return next();
    const resolved = await resolveSession(ctx.db.manager, token, ctx.clock.now());
    if (!resolved) {
      if (bearer) throw new Unauthenticated("The session has expired or was ended; sign in again");
      return next();
    }
    const via = bearer ? "bearer" : "cookie";
    if (via === "cookie" && !SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== resolved.session.csrfToken) {
      throw new Forbidden("Missing or invalid CSRF token: send the X-CSRF-Token header with the value of the csrf_token cookie");
    }
    req.auth = { ...resolved, staffMemberId: await staffMemberIdOf(ctx.db.manager, resolved.user), via };
    next();
  };
}

/** The signed-in user, or a 401. */
export function currentUser(req: Request): User {
  if (!req.auth) throw new Unauthenticated();
  return req.auth.user;
}

export function setSessionCookies(res: Response, ctx: AppContext, token: string, csrfToken: string): void {
  const base = { secure: ctx.config.secureCookies, sameSite: "lax" as const, path: "/", maxAge: SESSION_TTL_MS };
  res.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: "/" });
  res.clearCookie(CSRF_COOKIE, { path: "/" });
}

/** The signed-in user with their staff record id (when they have one), or a 401. */
export function currentActor(req: Request): Actor {
  return { user: currentUser(req), staffMemberId: req.auth!.staffMemberId };
}
