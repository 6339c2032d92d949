import { Router, type Request } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  AcceptInvitationRequestSchema,
  CreateCompanyInvitationRequestSchema,
  CreateInstitutionInvitationRequestSchema,
  InvitationTokenParamsSchema,
} from "../../shared/schemas/invitations";
import { assertStrongPassword, currentUser, hashPassword, issueSession, presentUser, setSessionCookies, staffMemberIdOf } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import type { Invitation } from "../platform/db/entities";
import { acceptInvitation, previewInvitation } from "./invitation-accept.service";
import { createInvitation, listInvitations, revokeInvitation } from "./invitation.service";
import { invitationRoleOf, type InvitationTarget } from "./invitation.policy";
import { invitationState } from "./invitation-tokens";

/** Where links point: PUBLIC_URL, else the address this request came to. */
const baseUrlOf = (ctx: AppContext, req: Request) => ctx.config.publicUrl ?? `${req.protocol}://${req.get("host")}`;

const presentInvitation = (now: number) => ({ invitation, invitedBy }: { invitation: Invitation; invitedBy: string | null }) => ({
  id: invitation.id,
  email: invitation.email,
  role: invitation.role,
  state: invitationState(invitation, now),
  invitedBy,
  createdAt: invitation.createdAt.toISOString(),
  expiresAt: invitation.expiresAt.toISOString(),
  acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  revokedAt: invitation.revokedAt?.toISOString() ?? null,
});

/** Invite and list for one kind of organisation (mounted at /institutions or /companies). */
export function organisationInvitationRoutes(ctx: AppContext, kind: "institution" | "company"): Router {
  const router = Router();
  const schema = kind === "institution" ? CreateInstitutionInvitationRequestSchema : CreateCompanyInvitationRequestSchema;

  router.post("/:id/invitations", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(schema, req.body);
    const target: InvitationTarget = { kind, id };
    const { invitation, url } = await ctx.db.write((em) =>
      createInvitation(em, {
        email: input.email,
        role: invitationRoleOf(kind, input.role),
        target,
        locale: input.locale ?? requestLocale(req),
        invitedBy: user,
        baseUrl: baseUrlOf(ctx, req),
        ttlMs: ctx.config.invitationTtlMs,
        now: ctx.clock.now(),
      }),
    );
    res.status(201).json({ invitation: { id: invitation.id, url, expiresAt: invitation.expiresAt.toISOString() } });
  });

  router.get("/:id/invitations", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const rows = await listInvitations(ctx.db.manager, user, { kind, id });
    res.json({ items: rows.map(presentInvitation(ctx.clock.now())) });
  });

  return router;
}

/** One invitation (mounted at /invitations): revoke by id (inviters); read and accept by the link's token (anyone). */
export function invitationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.delete("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => revokeInvitation(em, user, id, ctx.clock.now()));
    res.status(204).end();
  });

  router.get("/:token", async (req, res) => {
    const { token } = parse(InvitationTokenParamsSchema, req.params);
    res.json({ invitation: await previewInvitation(ctx.db.manager, token, ctx.clock.now()) });
  });

  router.post("/:token/accept", async (req, res) => {
    const { token } = parse(InvitationTokenParamsSchema, req.params);
    const input = parse(AcceptInvitationRequestSchema, req.body);
    const preview = await previewInvitation(ctx.db.manager, token, ctx.clock.now());
    assertStrongPassword(input.password, [preview.email, input.displayName], "password");
    const passwordHash = await hashPassword(input.password);
    const { user, session } = await ctx.db.write(async (em) => {
      const created = await acceptInvitation(em, token, input, passwordHash, ctx.clock.now());
      return { user: created, session: await issueSession(em, created, ctx.clock.now()) };
    });
    setSessionCookies(res, ctx, session.token, session.csrfToken);
    const staffMemberId = await staffMemberIdOf(ctx.db.manager, user);
    res.status(201).json({ user: presentUser(user, staffMemberId), token: session.token, csrfToken: session.csrfToken });
  });

  return router;
}
