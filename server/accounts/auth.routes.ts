import { Router } from "express";
import { ipKeyGenerator, rateLimit, type Options as RateLimitOptions } from "express-rate-limit";
import { ChangePasswordRequestSchema, LoginRequestSchema, SignupRequestSchema } from "../../shared/schemas/auth";
import type { ErrorBody } from "../../shared/errors";
import { hashPassword } from "./passwords";
import { assertStrongPassword } from "./password-strength";
import { clearSessionCookies, currentUser, setSessionCookies } from "./authenticate";
import type { AppContext } from "../platform/http/context";
import { DatabaseRateLimitStore } from "../platform/http/rate-limit-store";
import { parse } from "../platform/http/validate";
import { presentUser } from "./users.presenter";
import { authenticate, endSession, issueSession, signUpCompany, staffMemberIdOf } from "./auth.service";
import { changeOwnPassword, checkCurrentPassword } from "./password.service";

const tooMany: ErrorBody = { error: { code: "rate_limited", message: "Too many attempts; wait a few minutes and try again" } };

/** The address as sign-in reads it (trimmed, lower case), so that spelling it differently buys no new attempts. */
const normalisedEmail = (email: unknown) => String(email ?? "").trim().toLowerCase().slice(0, 254);

/** One counter per address and account, shared by failed logins and wrong current passwords. */
const passwordAttemptKey = (ipKey: string, email: unknown) => `${ipKey}|${normalisedEmail(email)}`;

/** The rate limiters of the sign-in routes, counted in the database so that every process shares them. */
function limiters(ctx: AppContext) {
  /**
   * The password-guessing budget, counted per address and account in the database (across processes) and shared by
   * failed logins and wrong current passwords; a store of its own per limiter, over the same "login:" counters.
   */
  const passwordAttempts = (options: Pick<Partial<RateLimitOptions>, "keyGenerator" | "requestWasSuccessful" | "skip" | "limit">, prefix = "login:") =>
    rateLimit({
      store: new DatabaseRateLimitStore(ctx.db, ctx.clock, prefix),
      windowMs: ctx.config.loginRateLimit.windowMs,
      limit: ctx.config.loginRateLimit.max,
      skipSuccessfulRequests: true,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => res.status(429).json(tooMany),
      ...options,
    });
  /** Failed logins per address and email; successful ones do not count. */
  const loginLimiter = passwordAttempts({
    keyGenerator: (req) => passwordAttemptKey(ipKeyGenerator(req.ip ?? ""), req.body?.email),
  });
  /** Failed logins per address, whatever the account: one address cannot try a password on every account. */
  const addressLimiter = passwordAttempts(
    { keyGenerator: (req) => ipKeyGenerator(req.ip ?? ""), limit: ctx.config.loginRateLimit.maxPerAddress },
    "login-address:",
  );
  /** Only a wrong current password (422) counts. Anonymous calls get their 401 unlimited. */
  const currentPasswordLimiter = passwordAttempts({
    requestWasSuccessful: (_req, res) => res.statusCode !== 422,
    skip: (req) => !req.auth,
    keyGenerator: (req) => passwordAttemptKey(ipKeyGenerator(req.ip ?? ""), req.auth!.user.email),
  });
  const signupLimiter = rateLimit({
    store: new DatabaseRateLimitStore(ctx.db, ctx.clock, "signup:"),
    windowMs: 15 * 60_000,
    limit: 30,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => res.status(429).json(tooMany),
  });
  return { addressLimiter, loginLimiter, currentPasswordLimiter, signupLimiter };
}

export function authRoutes(ctx: AppContext): Router {
  const router = Router();
  const { addressLimiter, loginLimiter, currentPasswordLimiter, signupLimiter } = limiters(ctx);

  router.post("/login", addressLimiter, loginLimiter, async (req, res) => {
    const { email, password } = parse(LoginRequestSchema, req.body);
    const user = await authenticate(ctx.db.manager, email, password);
    const session = await ctx.db.write((em) => issueSession(em, user, ctx.clock.now()));
    setSessionCookies(res, ctx, session.token, session.csrfToken);
    const staffMemberId = await staffMemberIdOf(ctx.db.manager, user);
    res.json({ user: presentUser(user, staffMemberId), token: session.token, csrfToken: session.csrfToken });
  });

  router.post("/signup", signupLimiter, async (req, res) => {
    const input = parse(SignupRequestSchema, req.body);
    assertStrongPassword(input.password, [input.email, input.contactName, input.companyName], "password");
    const passwordHash = await hashPassword(input.password);
    const { user, session } = await ctx.db.write(async (em) => {
      const created = await signUpCompany(em, input, passwordHash);
      return { user: created, session: await issueSession(em, created, ctx.clock.now()) };
    });
    setSessionCookies(res, ctx, session.token, session.csrfToken);
    res.status(201).json({ user: presentUser(user, null), token: session.token, csrfToken: session.csrfToken });
  });

  router.get("/me", (req, res) => {
    const user = currentUser(req);
    res.json({ user: presentUser(user, req.auth!.staffMemberId), csrfToken: req.auth!.session.csrfToken });
  });

  router.post("/password", currentPasswordLimiter, async (req, res) => {
    const user = currentUser(req);
    const input = parse(ChangePasswordRequestSchema, req.body);
    const checkedHash = await checkCurrentPassword(ctx.db.manager, user.id, input.currentPassword);
    assertStrongPassword(input.newPassword, [user.email, user.displayName], "newPassword");
    const newHash = await hashPassword(input.newPassword);
    const result = await ctx.db.write((em) => changeOwnPassword(em, user, { checkedHash, newHash, currentSessionId: req.auth!.session.id }));
    res.json({ changed: true, ...result });
  });

  router.post("/logout", async (req, res) => {
    currentUser(req);
    await ctx.db.write((em) => endSession(em, req.auth!.session.id));
    clearSessionCookies(res);
    res.status(204).end();
  });

  return router;
}
