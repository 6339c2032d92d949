import { Router } from "express";
import { AccountListQuerySchema } from "../../shared/schemas/accounts";
import { ResetPasswordRequestSchema } from "../../shared/schemas/auth";
import { IdParamsSchema } from "../../shared/schemas/common";
import { hashPassword } from "./passwords";
import { assertStrongPassword } from "./password-strength";
import { currentUser } from "./authenticate";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentAccount } from "./users.presenter";
import { listAccounts } from "./account-directory.service";
import { resetPassword } from "./password.service";

/** Sign-in accounts as such (whatever their role): the directory and password resets, for whoever manages them. */
export function userRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(AccountListQuerySchema, req.query);
    const locale = requestLocale(req);
    const { items, total } = await listAccounts(ctx.db.manager, user, query);
    res.json({ items: items.map((account) => presentAccount(account, user, locale)), total, page: query.page, pageSize: query.pageSize });
  });

  router.post("/:id/password-reset", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { password } = parse(ResetPasswordRequestSchema, req.body);
    assertStrongPassword(password, [], "password");
    const passwordHash = await hashPassword(password);
    res.json(await ctx.db.write((em) => resetPassword(em, user, id, passwordHash)));
  });

  return router;
}
