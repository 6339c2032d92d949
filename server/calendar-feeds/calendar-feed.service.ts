import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { CreateCalendarFeedRequestSchema } from "../../shared/schemas/calendar";
import { CalendarFeed, Institution, StaffMember, type User } from "../platform/db/entities";
import { feedToken, hashFeedToken, newFeedSalt } from "./feed-tokens";
import { Forbidden, NotFound, ValidationError } from "../platform/errors";
import { canOnFeed, canSubscribe, feedKindsFor, type CalendarFeedAction, type FeedSubject } from "./calendar-feed.policy";
import { recordAudit } from "../platform/audit-trail";
import { findInstrument } from "../instruments";
import { defaultFeedLabel } from "./ical/texts";
import type { AuditAction } from "../../shared/audit-actions";

type CreateFeedInput = z.output<typeof CreateCalendarFeedRequestSchema>;

/** A feed with the token that makes its address (never stored: derived from the salt and the server secret). */
export interface FeedWithToken {
  feed: CalendarFeed;
  token: string;
}

export async function staffMemberIdOf(em: EntityManager, userId: number): Promise<number | null> {
  const member = await em.getRepository(StaffMember).findOne({ where: { userId }, select: { id: true } });
  return member?.id ?? null;
}

/** Creates a feed for `user`; a kind the user may not have is 403, an unknown instrument or institution 404. */
export async function createFeed(em: EntityManager, user: User, input: CreateFeedInput, secret: string): Promise<FeedWithToken> {
  const staffMemberId = await staffMemberIdOf(em, user.id);
  if (!feedKindsFor(user, staffMemberId).includes(input.kind)) throw new Forbidden(`Your account cannot have a ${input.kind} feed`);
  const target = await resolveTarget(em, user, input);
  if (!canSubscribe(user, target.subject)) throw new Forbidden(`You cannot subscribe to this ${input.kind}`);

  const salt = newFeedSalt();
  const token = feedToken(secret, salt);
  const repository = em.getRepository(CalendarFeed);
  const feed = repository.create({
    ownerUserId: user.id,
    kind: input.kind,
    label: input.label ?? defaultFeedLabel(input.kind, user.locale, target.names),
    instrumentId: target.instrumentId,
    institutionId: target.institutionId,
    tokenHash: hashFeedToken(token),
    tokenSalt: salt,
  });
  await repository.save(feed);
  await auditFeed(em, user, feed, "calendar_feed.created");
  return { feed, token };
}

/** Who opened, rotated or closed a secret address to whose data: a leaked link is traced from here. */
function auditFeed(em: EntityManager, user: User, feed: CalendarFeed, action: AuditAction): Promise<void> {
  return recordAudit(em, {
    actorUserId: user.id,
    action,
    entityType: "calendar_feed",
    entityId: feed.id,
    institutionId: feed.institutionId ?? user.institutionId,
    companyId: user.companyId,
    details: { kind: feed.kind, instrumentId: feed.instrumentId },
  });
}

interface ResolvedTarget {
  subject: FeedSubject;
  instrumentId: number | null;
  institutionId: number | null;
  names: { company?: string; instrument?: string; institution?: string };
}

async function resolveTarget(em: EntityManager, user: User, input: CreateFeedInput): Promise<ResolvedTarget> {
  const ja = user.locale === "ja";
  switch (input.kind) {
    case "company":
    case "user":
      return { subject: { kind: input.kind }, instrumentId: null, institutionId: null, names: { company: user.company?.name ?? "" } };
    case "staff":
      return { subject: { kind: "staff", staffMemberId: await staffMemberIdOf(em, user.id) }, instrumentId: null, institutionId: null, names: {} };
    case "instrument": {
      const instrument = await findInstrument(em, input.instrumentId!);
      return {
        subject: { kind: "instrument", institutionId: instrument.institutionId },
        instrumentId: instrument.id,
        institutionId: instrument.institutionId,
        names: { instrument: ja ? instrument.nameJa : instrument.nameEn },
      };
    }
    case "institution": {
      const institutionId = input.institutionId ?? user.institutionId;
      if (institutionId === null) throw new ValidationError("institutionId: choose the institution to follow", { issues: [{ path: "institutionId", message: "Required" }] });
      const institution = await em.getRepository(Institution).findOneBy({ id: institutionId });
      if (!institution) throw new NotFound("Institution");
      return {
        subject: { kind: "institution", institutionId },
        instrumentId: null,
        institutionId,
        names: { institution: ja ? institution.nameJa : institution.nameEn },
      };
    }
  }
}

export function listFeeds(em: EntityManager, user: User): Promise<CalendarFeed[]> {
  return em.getRepository(CalendarFeed).find({ where: { ownerUserId: user.id }, order: { createdAt: "ASC", id: "ASC" } });
}

/** Loads a feed the user owns; anyone else's is "not found". */
export async function authorizedFeed(em: EntityManager, user: User, id: number, action: CalendarFeedAction): Promise<CalendarFeed> {
  const feed = await em.getRepository(CalendarFeed).findOneBy({ id });
  if (!feed || !canOnFeed(user, action, feed)) throw new NotFound("Calendar feed");
  return feed;
}

/** Gives the feed a new address; the old one stops working in the same transaction. */
export async function rotateFeed(em: EntityManager, user: User, id: number, secret: string): Promise<FeedWithToken> {
  const feed = await authorizedFeed(em, user, id, "rotate");
  const salt = newFeedSalt();
  const token = feedToken(secret, salt);
  feed.tokenSalt = salt;
  feed.tokenHash = hashFeedToken(token);
  await em.getRepository(CalendarFeed).save(feed);
  await auditFeed(em, user, feed, "calendar_feed.rotated");
  return { feed, token };
}

export async function revokeFeed(em: EntityManager, user: User, id: number): Promise<void> {
  const feed = await authorizedFeed(em, user, id, "revoke");
  await em.getRepository(CalendarFeed).delete(feed.id);
  await auditFeed(em, user, feed, "calendar_feed.revoked");
}

export interface ResolvedFeed {
  feed: CalendarFeed;
  owner: User;
  staffMemberId: number | null;
}

/**
 * The feed behind a secret address, or null when the token is unknown, revoked or rotated, the owner's
 * account is disabled, or the owner may no longer follow what the feed shows (moved institution, new role).
 */
export async function resolveFeedToken(em: EntityManager, token: string): Promise<ResolvedFeed | null> {
  // One query on every poll: `findOne` with relations would first run a DISTINCT id query.
  const feed = await em
    .getRepository(CalendarFeed)
    .createQueryBuilder("feed")
    .innerJoinAndSelect("feed.ownerUser", "ownerUser")
    .leftJoinAndSelect("ownerUser.company", "company")
    .where("feed.tokenHash = :tokenHash", { tokenHash: hashFeedToken(token) })
    .getOne();
  if (!feed) return null;
  const owner = feed.ownerUser;
  const staffMemberId = feed.kind === "staff" ? await staffMemberIdOf(em, owner.id) : null;
  const subject: FeedSubject =
    feed.kind === "staff" ? { kind: "staff", staffMemberId }
    : feed.kind === "instrument" || feed.kind === "institution" ? { kind: feed.kind, institutionId: feed.institutionId ?? -1 }
    : { kind: feed.kind };
  if (!canSubscribe(owner, subject)) return null;
  return { feed, owner, staffMemberId };
}
