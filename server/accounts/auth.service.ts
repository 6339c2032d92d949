import { createHash, randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { SignupRequestSchema } from "../../shared/schemas/auth";
import { compiledSelect } from "../platform/db/compiled-select";
import { Company, Session, StaffMember, TermsAcceptance, TermsVersion, User } from "../platform/db/entities";
import { DUMMY_HASH_PROMISE, verifyPassword } from "./passwords";
import { Conflict, RuleViolation, Unauthenticated } from "../platform/errors";

type SignupInput = z.output<typeof SignupRequestSchema>;

export const SESSION_TTL_MS = 14 * 24 * 3_600_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Checks credentials. Unknown emails cost as much time as wrong passwords. */
export async function authenticate(em: EntityManager, email: string, password: string): Promise<User> {
  const user = await em.getRepository(User).findOne({ where: { email }, relations: { company: true } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !valid || !user.active) throw new Unauthenticated("Wrong email or password");
  return user;
}

export async function issueSession(em: EntityManager, user: User, now: number): Promise<IssuedSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now + SESSION_TTL_MS);
  await em.getRepository(Session).insert({ tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
  await em.getRepository(User).update(user.id, { lastLoginAt: new Date(now) });
  return { token, csrfToken, expiresAt };
}

/** One query (`findOne` with relations would first run a DISTINCT id query), compiled once: every authenticated request runs it. */
const sessionByTokenHash = compiledSelect<Session, { tokenHash: string }>((em) =>
  em
    .getRepository(Session)
    .createQueryBuilder("session")
    .leftJoinAndSelect("session.user", "user")
    .leftJoinAndSelect("user.company", "company")
    .where("session.tokenHash = :tokenHash"),
);

/** The session and its user for a bearer token, or null when unknown, expired or the account is disabled. */
export async function resolveSession(em: EntityManager, token: string, now: number): Promise<{ session: Session; user: User } | null> {
  const session = await sessionByTokenHash.getOne(em, { tokenHash: hashToken(token) });
  if (!session || session.expiresAt.getTime() <= now || !session.user.active) return null;
  return { session, user: session.user };
}

export async function endSession(em: EntityManager, sessionId: number): Promise<void> {
  await em.getRepository(Session).delete(sessionId);
}

/** Registers a new company with its first member account (the password is hashed before the transaction). */
export async function signUpCompany(em: EntityManager, input: SignupInput, passwordHash: string): Promise<User> {
  if (await em.getRepository(User).exists({ where: { email: input.email } })) {
    throw new Conflict("An account with this email already exists", { reason: "email_taken" });
  }
  const termsVersion = await checkTermsAccepted(em, input.acceptedTermsVersion);
  const company = em.getRepository(Company).create({
    name: input.companyName,
    customerType: input.customerType,
    verification: "unverified",
    contactName: input.contactName,
    contactEmail: input.email,
    sector: input.sector ?? null,
    employees: input.employees ?? null,
    capitalYen: input.capitalYen ?? null,
    corporateNumber: input.corporateNumber ?? null,
  });
  await em.getRepository(Company).save(company);
  const user = em.getRepository(User).create({
    email: input.email,
    passwordHash,
    displayName: input.contactName,
    role: "company_member",
    locale: input.locale,
    companyId: company.id,
    companyRole: "admin",
    institutionId: null,
    active: true,
  });
  await em.getRepository(User).save(user);
  if (termsVersion !== null) await em.getRepository(TermsAcceptance).insert({ userId: user.id, version: termsVersion });
  user.company = company;
  return user;
}

/**
 * Once terms of use are published, signing up means accepting the version in force: the one to record, or null
 * while there are none. (The terms slice owns publishing; sign-up only reads the newest version.)
 */
async function checkTermsAccepted(em: EntityManager, accepted: number | undefined): Promise<number | null> {
  const current = await em.getRepository(TermsVersion).findOne({ where: {}, order: { version: "DESC" }, select: { version: true } });
  if (!current) return null;
  if (accepted === undefined) throw new RuleViolation("Accept the terms of use to sign up", { reason: "terms_not_accepted", version: current.version });
  if (accepted !== current.version) {
    throw new Conflict("The terms of use have changed; read and accept the current version", { reason: "terms_outdated", version: current.version });
  }
  return current.version;
}

/** The staff record id of a staff member or admin who is also technical staff, else null. */
export async function staffMemberIdOf(em: EntityManager, user: User): Promise<number | null> {
  if (user.role !== "staff" && user.role !== "institution_admin") return null;
  const staff = await em.getRepository(StaffMember).findOne({ where: { userId: user.id }, select: { id: true } });
  return staff?.id ?? null;
}
