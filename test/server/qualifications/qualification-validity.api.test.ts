import type { Institution, Instrument, User } from "../../../server/platform/db/entities";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";

/**
 * "Does this user hold a valid self-use qualification for this instrument at instant t" is asked in several
 * places: the booking transaction (one SQL statement with the calendar), the booking form's access endpoint (a
 * query builder), the qualification list (its filter, and each row's `valid` flag) and a new grant (which
 * supersedes the grants still valid then). Every case below goes through each of them over HTTP and expects the
 * same answer from all, the one `server/domain/qualification-validity.ts` defines, so none of them can drift.
 */

const T = at("2027-06-09T10:00");
const SETUP_CLOCK = "2027-06-07T00:00:00Z";
const MINUTE = 60_000;
const offset = (ms: number) => new Date(Date.parse(T) + ms);

interface CaseContext {
  user: User;
  instrument: Instrument;
  otherUser: User;
  otherInstrument: Instrument;
  /** Grants through the API at the set-up clock (a valid earlier grant is superseded), returning the new id. */
  grant(expiresAt?: Date): Promise<number>;
  revoke(id: number): Promise<void>;
}

const cases: Array<{ name: string; valid: boolean; setup(c: CaseContext): Promise<unknown> }> = [
  { name: "no qualification", valid: false, setup: async () => undefined },
  { name: "no expiry, not revoked", valid: true, setup: (c) => t.make.qualification(c.user, c.instrument) },
  { name: "no expiry, revoked", valid: false, setup: (c) => t.make.qualification(c.user, c.instrument, { revokedAt: new Date(SETUP_CLOCK) }) },
  { name: "expired an hour before t", valid: false, setup: (c) => t.make.qualification(c.user, c.instrument, { expiresAt: offset(-60 * MINUTE) }) },
  { name: "expires exactly at t", valid: false, setup: (c) => t.make.qualification(c.user, c.instrument, { expiresAt: offset(0) }) },
  { name: "expires a minute after t", valid: true, setup: (c) => t.make.qualification(c.user, c.instrument, { expiresAt: offset(MINUTE) }) },
  {
    name: "expires after t but revoked",
    valid: false,
    setup: (c) => t.make.qualification(c.user, c.instrument, { expiresAt: offset(MINUTE), revokedAt: new Date(SETUP_CLOCK) }),
  },
  {
    name: "an expired grant beside a lasting one",
    valid: true,
    setup: async (c) => {
      await t.make.qualification(c.user, c.instrument, { expiresAt: offset(-MINUTE) });
      await t.make.qualification(c.user, c.instrument, { expiresAt: offset(24 * 60 * MINUTE) });
    },
  },
  {
    name: "a grant superseded by one without expiry",
    valid: true,
    setup: async (c) => {
      await c.grant(offset(MINUTE));
      await c.grant();
    },
  },
  {
    name: "a grant without expiry superseded by one that expires before t",
    valid: false,
    setup: async (c) => {
      await c.grant();
      await c.grant(offset(-MINUTE));
    },
  },
  {
    name: "a superseded grant whose successor was revoked",
    valid: false,
    setup: async (c) => {
      await c.grant(offset(MINUTE));
      await c.revoke(await c.grant());
    },
  },
  { name: "another user's qualification", valid: false, setup: (c) => t.make.qualification(c.otherUser, c.instrument) },
  { name: "a qualification for another instrument", valid: false, setup: (c) => t.make.qualification(c.user, c.otherInstrument) },
];

let t: TestApp;
let institution: Institution;
let adminAuth: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ now: SETUP_CLOCK });
  institution = await t.make.institution();
  adminAuth = { authorization: `Bearer ${await t.login((await t.make.admin(institution)).email)}` };
});
afterAll(() => t.close());

interface Listed {
  id: number;
  valid: boolean;
  revokedAt: string | null;
}

/** Each path's answer for `user` on `instrument` at T. The grant comes last: it changes what the others would see. */
async function answers(user: User, instrument: Instrument) {
  const auth = { authorization: `Bearer ${await t.login(user.email)}` };
  t.clock.set(SETUP_CLOCK);
  const booking = await t.http
    .post("/api/reservations")
    .set(auth)
    .send({ instrumentId: instrument.id, start: T, end: offset(60 * MINUTE).toISOString(), purpose: "Own imaging" });
  expect([201, 422]).toContain(booking.status);
  if (booking.status === 422) expect(booking.body.error.details.reason).toBe("qualification_required");

  t.clock.set(T);
  const access = await t.http.get(`/api/instruments/${instrument.id}/access`).set(auth);
  const list = (includeInvalid: boolean) =>
    t.http.get("/api/qualifications").query({ userId: user.id, instrumentId: instrument.id, includeInvalid }).set(adminAuth);
  const validOnly = await list(false);
  const all = (await list(true)).body.items as Listed[];

  const granted = await t.http.post("/api/qualifications").set(adminAuth).send({ userId: user.id, instrumentId: instrument.id });
  expect(granted.status).toBe(201);
  const afterGrant = (await list(true)).body.items as Listed[];
  const superseded = all.filter((before) => afterGrant.find((q) => q.id === before.id)?.revokedAt !== before.revokedAt);

  return {
    booking: booking.status === 201,
    access: access.body.selfUseQualified as boolean,
    listFilter: validOnly.body.items.length > 0,
    validFlag: all.some((q) => q.valid),
    supersededByNewGrant: superseded.length > 0,
  };
}

test.each(cases)("$name: every path says valid = $valid", async ({ valid, setup }) => {
  t.clock.set(SETUP_CLOCK);
  const instrument = await t.make.instrument(institution);
  const user = await t.make.companyMember();
  const context: CaseContext = {
    user,
    instrument,
    otherUser: await t.make.companyMember(),
    otherInstrument: await t.make.instrument(institution),
    async grant(expiresAt) {
      const res = await t.http.post("/api/qualifications").set(adminAuth).send({ userId: user.id, instrumentId: instrument.id, expiresAt: expiresAt?.toISOString() });
      expect(res.status).toBe(201);
      return res.body.qualification.id as number;
    },
    async revoke(id) {
      expect((await t.http.post(`/api/qualifications/${id}/revoke`).set(adminAuth).send({ reason: "Safety incident" })).status).toBe(200);
    },
  };
  await setup(context);

  expect(await answers(user, instrument)).toEqual({ booking: valid, access: valid, listFilter: valid, validFlag: valid, supersededByNewGrant: valid });
});
