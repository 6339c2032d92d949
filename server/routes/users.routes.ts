import { Router } from "express";
import { ResetPasswordRequestSchema } from "../../shared/schemas/auth";
import { IdParamsSchema } from "../../shared/schemas/common";
import { hashPassword } from "../domain/passwords";
import { currentUser } from "../http/auth";
import type { AppContext } from "../http/context";
import { parse } from "../http/validate";
import { resetPassword } from "../services/password.service";

/** Sign-in accounts as such (whatever their role): password resets by whoever manages them. */
export function userRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post("/:id/password-reset", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { password } = parse(ResetPasswordRequestSchema, req.body);
    const passwordHash = await hashPassword(password);
    res.json(await ctx.db.write((em) => resetPassword(em, user, id, passwordHash)));
  });

  return router;
}
