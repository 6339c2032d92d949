import pino from "pino";
import { inviteFirstCoordinator } from "../../../server/invitations";
import { Invitation } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
const lines: string[] = [];
const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test("an empty database without ADMIN_EMAIL: a message says how to set it, nothing is created", async () => {
  const outcome = await inviteFirstCoordinator(t.db, t.clock, { ...t.config, adminEmail: undefined, production: true }, logger);
  expect(outcome.status).toBe("no_admin_email");
  expect(lines.join("")).toContain("Set ADMIN_EMAIL=");
  expect(await t.db.manager.getRepository(Invitation).count()).toBe(0);
});

test("with ADMIN_EMAIL: a one-time link in the log that creates the coordinator; an earlier link stops working", async () => {
  const config = { ...t.config, adminEmail: "office@programme.example", production: true, publicUrl: "https://booking.example" };
  const first = await inviteFirstCoordinator(t.db, t.clock, config, logger);
  const second = await inviteFirstCoordinator(t.db, t.clock, config, logger);
  if (first.status !== "invited" || second.status !== "invited") throw new Error("expected invitations");
  expect(second.url).toMatch(/^https:\/\/booking\.example\/invite\//);
  expect(lines.join("")).toContain(second.url);
  const stale = await t.http.post(`/api/invitations/${first.url.split("/invite/")[1]}/accept`).send({ displayName: "Programme Office", password: "quiet meadow compass 19", locale: "ja" });
  expect(stale.body.error.details.reason).toBe("invitation_revoked");
  const res = await t.http.post(`/api/invitations/${second.url.split("/invite/")[1]}/accept`).send({ displayName: "Programme Office", password: "quiet meadow compass 19", locale: "ja" });
  expect(res.status).toBe(201);
  expect(res.body.user).toMatchObject({ email: "office@programme.example", role: "coordinator", institutionId: null, companyId: null });
  expect((await inviteFirstCoordinator(t.db, t.clock, config, logger)).status).toBe("not_empty");
});
