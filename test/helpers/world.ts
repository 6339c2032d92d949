import type { Company, Institution, Instrument, StaffMember, User } from "../../server/platform/db/entities";
import { createTestApp, type TestApp } from "./test-app";

/**
 * The cast most workspace tests need: institution A (two instruments, two staff, an admin), institution B
 * (one instrument, one staff member, an admin), two companies and the coordinator, all signed in.
 */
export interface World {
  instA: Institution;
  instB: Institution;
  sem: Instrument;
  tem: Instrument;
  semB: Instrument;
  staffA1: { user: User; member: StaffMember };
  staffA2: { user: User; member: StaffMember };
  staffB: { user: User; member: StaffMember };
  adminA: User;
  adminB: User;
  coordinator: User;
  c1: Company;
  c2: Company;
  m1: User;
  m2: User;
  /** Authorization header of a cast member by name. */
  auth(who: WorldRole): { authorization: string };
}

export type WorldRole = "m1" | "m2" | "staffA1" | "staffA2" | "staffB" | "adminA" | "adminB" | "coordinator";

export async function buildWorld(t: TestApp): Promise<World> {
  const instA = await t.make.institution();
  const instB = await t.make.institution();
  const sem = await t.make.instrument(instA);
  const tem = await t.make.instrument(instA, { requiresApproval: true, selfUse: false });
  const semB = await t.make.instrument(instB);
  const staffA1 = await t.make.staff(instA, [sem, tem]);
  const staffA2 = await t.make.staff(instA, [sem]);
  const staffB = await t.make.staff(instB, [semB]);
  const adminA = await t.make.admin(instA);
  const adminB = await t.make.admin(instB);
  const coordinator = await t.make.coordinator();
  const c1 = await t.make.company({ name: "Aoba Precision" });
  const c2 = await t.make.company({ name: "Kitakami Coatings" });
  const m1 = await t.make.companyMember(c1);
  const m2 = await t.make.companyMember(c2);
  const users: Record<WorldRole, User> = {
    m1, m2, staffA1: staffA1.user, staffA2: staffA2.user, staffB: staffB.user, adminA, adminB, coordinator,
  };
  const tokens = {} as Record<WorldRole, string>;
  for (const [name, user] of Object.entries(users)) tokens[name as WorldRole] = await t.login(user.email);
  return {
    instA, instB, sem, tem, semB, staffA1, staffA2, staffB, adminA, adminB, coordinator, c1, c2, m1, m2,
    auth: (who) => ({ authorization: `Bearer ${tokens[who]}` }),
  };
}

/**
 * The usual frame of an API test file: one app on a throwaway database and the standard world, built once before
 * the file's tests and closed after them. `set` receives both (`(app, world) => ([t, w] = [app, world])`).
 */
export function useWorld(options: Parameters<typeof createTestApp>[0], set: (app: TestApp, world: World) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp(options);
    set(app, await buildWorld(app));
  });
  afterAll(() => app?.close());
}
