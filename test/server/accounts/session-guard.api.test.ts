import { AuditEvent, Company, type Instrument, Reservation, Session, User } from "../../../server/platform/db/entities";
import { hashToken } from "../../../server/accounts/auth.service";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";

/**
 * A booking may start from the session its process read last (server/http/auth.ts, `authenticateFromCache`); its
 * write checks in the same statement that the session still holds. Every change below is made straight in the
 * database or through a sibling app, as another server process would, after a first booking cached the session.
 */
let t: TestApp;
let instrument: Instrument;
let day = 0;

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 JST
  const institution = await t.make.institution();
  instrument = await t.make.instrument(institution, { rateSme: 4000, rateCompany: 8000 });
  await t.make.staff(institution, [instrument]);
});
afterAll(() => t.close());

/** A company member with a session that one booking has cached, and a way to book the next free weekday. */
async function signedInBooker() {
  const company = await t.make.company({ customerType: "sme" });
  const user = await t.make.companyMember(company);
  await t.make.qualification(user, instrument);
  const token = await t.login(user.email);
  const book = (assistance = "none") => {
    day += 1;
    const date = new Date(Date.UTC(2027, 5, 14 + Math.floor((day - 1) / 4) * 7 + ((day - 1) % 4)));
    const iso = date.toISOString().slice(0, 10);
    return t.http
      .post("/api/reservations")
      .set({ authorization: `Bearer ${token}` })
      .send({ instrumentId: instrument.id, start: at(`${iso}T10:00`), end: at(`${iso}T11:00`), purpose: "guard", assistance: { type: assistance } });
  };
  const first = await book();
  expect(first.status).toBe(201);
  const written = async () => ({
    reservations: await t.db.manager.getRepository(Reservation).countBy({ userId: user.id }),
    audits: await t.db.manager.getRepository(AuditEvent).countBy({ actorUserId: user.id, action: "reservation.created" }),
  });
  return { user, company, token, book, written };
}

test("a session ended elsewhere refuses the next booking: 401, nothing written", async () => {
  const { token, book, written } = await signedInBooker();
  await t.db.write((em) => em.getRepository(Session).delete({ tokenHash: hashToken(token) }));
  const res = await book();
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe("unauthenticated");
  expect(await written()).toEqual({ reservations: 1, audits: 1 });
});

test("a staffed booking (its own transaction) is refused the same way", async () => {
  const { token, book, written } = await signedInBooker();
  expect((await book("operation")).body.reservation.assistance.status).toBe("assigned");
  await t.db.write((em) => em.getRepository(Session).delete({ tokenHash: hashToken(token) }));
  expect((await book("operation")).status).toBe(401);
  expect(await written()).toEqual({ reservations: 2, audits: 2 });
});

test("signing out through another process refuses the next booking here", async () => {
  const { token, book, written } = await signedInBooker();
  const other = await t.sibling();
  try {
    expect((await other.http.post("/api/auth/logout").set({ authorization: `Bearer ${token}` })).status).toBe(204);
  } finally {
    await other.close();
  }
  expect((await book()).status).toBe(401);
  expect(await written()).toEqual({ reservations: 1, audits: 1 });
});

test("a disabled account, or one that is no longer a company member, cannot book on its cached session", async () => {
  const disabled = await signedInBooker();
  await t.db.write((em) => em.getRepository(User).update(disabled.user.id, { active: false }));
  expect((await disabled.book()).status).toBe(401);
  expect(await disabled.written()).toEqual({ reservations: 1, audits: 1 });

  const moved = await signedInBooker();
  await t.db.write((em) => em.getRepository(User).update(moved.user.id, { role: "coordinator", companyId: null }));
  const res = await moved.book();
  expect(res.status).toBe(403);
  expect(await moved.written()).toEqual({ reservations: 1, audits: 1 });
});

test("an expired session refuses the booking though this process cached it", async () => {
  const { token, book, written } = await signedInBooker();
  await t.db.write((em) => em.getRepository(Session).update({ tokenHash: hashToken(token) }, { expiresAt: new Date(t.clock.now() - 1000) }));
  expect((await book()).status).toBe(401);
  expect(await written()).toEqual({ reservations: 1, audits: 1 });
});

test("a company that changed since is booked as it is now (price, name)", async () => {
  const { company, book, written } = await signedInBooker();
  await t.db.write((em) => em.getRepository(Company).update(company.id, { customerType: "company", name: "Renamed Works" }));
  const res = await book();
  expect(res.status).toBe(201);
  expect(res.body.reservation.company.name).toBe("Renamed Works");
  expect(res.body.reservation.priceEstimateYen).toBe(8000);
  expect(await written()).toEqual({ reservations: 2, audits: 2 });
});

test("a refusal on a cached session is only given once the session is known to hold", async () => {
  const { token, book } = await signedInBooker();
  const refused = (body: object) => t.http.post("/api/reservations").set({ authorization: `Bearer ${token}` }).send(body);
  expect((await refused({ instrumentId: instrument.id, start: at("2027-06-14T10:30"), end: at("2027-06-14T11:10"), purpose: "x" })).status).toBe(422);
  expect((await refused({})).status).toBe(400);
  await t.db.write((em) => em.getRepository(Session).delete({ tokenHash: hashToken(token) }));
  expect((await refused({ instrumentId: instrument.id, start: at("2027-06-14T10:30"), end: at("2027-06-14T11:10"), purpose: "x" })).status).toBe(401);
  expect((await refused({})).status).toBe(401);
  expect((await book()).status).toBe(401);
});
