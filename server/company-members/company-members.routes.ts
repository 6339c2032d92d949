import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CompanyMemberParamsSchema, UpdateCompanyMemberRequestSchema, type CompanyMember } from "../../shared/schemas/invitations";
import { currentUser } from "../accounts";
import type { User } from "../platform/db/entities";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { changeMemberRole, listCompanyMembers, removeMember } from "./company-members.service";

const presentMember = (member: User): CompanyMember => ({
  id: member.id,
  displayName: member.displayName,
  email: member.email,
  companyRole: member.companyRole ?? "member",
  lastLoginAt: member.lastLoginAt?.toISOString() ?? null,
});

/** A company's people (mounted at /companies): list, change a role, remove; for its company admins and the coordinator. */
export function companyMemberRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/:id/members", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const members = await listCompanyMembers(ctx.db.manager, user, id);
    res.json({ items: members.map(presentMember) });
  });

  router.patch("/:id/members/:userId", async (req, res) => {
    const user = currentUser(req);
    const { id, userId } = parse(CompanyMemberParamsSchema, req.params);
    const { role } = parse(UpdateCompanyMemberRequestSchema, req.body);
    const member = await ctx.db.write((em) => changeMemberRole(em, user, ctx.db.dialect, { companyId: id, userId, role }));
    res.json({ member: presentMember(member) });
  });

  router.delete("/:id/members/:userId", async (req, res) => {
    const user = currentUser(req);
    const { id, userId } = parse(CompanyMemberParamsSchema, req.params);
    await ctx.db.write((em) => removeMember(em, user, ctx.db.dialect, { companyId: id, userId }));
    res.status(204).end();
  });

  return router;
}
