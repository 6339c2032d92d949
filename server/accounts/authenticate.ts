import type { NextFunction, Request, Response } from "express";
import type { Session, User } from "../platform/db/entities";
import { Forbidden, Unauthenticated } from "../platform/errors";
import type { Actor } from "../platform/actor";
import { guardOf, type Guarded, type SessionGuard } from "./session-guard";
import { hashToken, resolveSession, SESSION_TTL_MS, staffMemberIdOf } from "./auth.service";
import { sessionCache, type CachedSession } from "./session-cache";
import type { AppContext } from "../platform/http/context";

export const SESSION_COOKIE = "sid";
export const CSRF_COOKIE = "csrf_token";
export const CSRF_HEADER = "x-csrf-token";

export interface AuthState {
  user: User;
  session: Session;
  staffMemberId: number | null;
  /** Cookie-borne sessions need a CSRF token for state changes; bearer tokens do not (browsers never attach them). */
  via: "bearer" | "cookie";
  /** Taken from the process's session cache (`authenticateFromCache`): not yet known to hold now. */
  cached?: boolean;
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

function sessionToken(req: Request): { token: string; via: AuthState["via"] } | null {
  const bearer = bearerToken(req);
  const token = bearer ?? (req.cookies?.[SESSION_COOKIE] as string | undefined);
  if (!token || token.length > 200) return null;
  return { token, via: bearer ? "bearer" : "cookie" };
}

/** Sets `req.auth` for a session that holds, after the CSRF check a cookie-borne state change needs. */
function signIn(req: Request, found: CachedSession, via: AuthState["via"], cached: boolean): void {
  if (via === "cookie" && !SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== found.session.csrfToken) {
    throw new Forbidden("Missing or invalid CSRF token: send the X-CSRF-Token header with the value of the csrf_token cookie");
  }
  req.auth = { ...found, via, cached };
}

/** The session behind a token, read now, with the caller's staff record id; null when it does not hold. */
async function readSession(ctx: AppContext, token: string): Promise<CachedSession | null> {
  const resolved = await resolveSession(ctx.db.manager, token, ctx.clock.now());
  return resolved && { ...resolved, staffMemberId: await staffMemberIdOf(ctx.db.manager, resolved.user) };
}

/**
 * Resolves the caller from `Authorization: Bearer` or the session cookie; anonymous requests pass through. A
 * request that `authenticateFromCache` signed in already is left as it is.
 */
export function authenticate(ctx: AppContext) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const presented = req.auth ? null : sessionToken(req);
    if (!presented) return next();
    const found = await readSession(ctx, presented.token);
    if (!found) {
      if (presented.via === "bearer") throw new Unauthenticated("The session has expired or was ended; sign in again");
      return next();
    }
    signIn(req, found, presented.via, false);
    next();
  };
}

/**
 * For the routes whose write checks the session again in its own statement (`withSessionGuard`): signs the caller
 * in from the process's session cache when it holds them, else reads the session (and caches it). Everything else
 * goes through `authenticate`.
 */
export function authenticateFromCache(ctx: AppContext) {
  const cache = sessionCache(ctx.db);
  return async (req: Request, _res: Response, next: NextFunction) => {
    const presented = sessionToken(req);
    if (!presented) return next();
    const tokenHash = hashToken(presented.token);
    const hit = cache.get(tokenHash);
    if (hit && hit.session.expiresAt.getTime() > ctx.clock.now()) {
      signIn(req, hit, presented.via, true);
      return next();
    }
    const found = await readSession(ctx, presented.token);
    if (!found) return next(); // `authenticate` answers as for any other request
    cache.set(tokenHash, found);
    signIn(req, found, presented.via, false);
    next();
  };
}

/**
 * Runs a write that may start from a cached session. `work` gets the caller and, when the session came from the
 * cache, the guard its write must check in the same statement. Nothing is answered on a cached session without
 * checking it: when the guard did not hold (nothing was written) or `work` failed in any other way, the session is
 * read afresh; gone means 401, and a changed account runs `work` once more on what the session holds now.
 */
export async function withSessionGuard<T>(req: Request, ctx: AppContext, work: (user: User, guard: SessionGuard | undefined) => Promise<Guarded<T>>): Promise<T> {
  const auth = req.auth;
  if (!auth?.cached) return unguarded(await work(currentUser(req), undefined));
  let result: Guarded<T>;
  try {
    result = await work(auth.user, guardOf(auth));
  } catch (error) {
    await rereadSession(req, ctx, auth);
    throw error;
  }
  if (result.held) return result.value;
  return unguarded(await work((await rereadSession(req, ctx, auth)).user, undefined));
}

/** The session read afresh after a cached one was doubted: signs the request in again with it, or answers 401. */
async function rereadSession(req: Request, ctx: AppContext, auth: AuthState): Promise<CachedSession> {
  const cache = sessionCache(ctx.db);
  cache.forget(auth.session.tokenHash);
  const found = await readSession(ctx, sessionToken(req)!.token);
  if (!found) throw new Unauthenticated("The session has expired or was ended; sign in again");
  cache.set(auth.session.tokenHash, found);
  req.auth = { ...found, via: auth.via, cached: false };
  return found;
}

/** Work without a guard always holds. */
function unguarded<T>(result: Guarded<T>): T {
  if (!result.held) throw new Error("A write without a session guard reported that its guard did not hold");
  return result.value;
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
