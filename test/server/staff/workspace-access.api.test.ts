import type { Blackout, InstitutionClosure, Qualification, Reservation, StaffTimeOff, User } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";

/**
 * Who may call what, for every workspace endpoint and every role: institution A's staff and admin, institution
 * B's staff and admin, a company member, the coordinator and anonymous callers. Refusals are checked with
 * requests that would otherwise be valid; the successful paths are exercised in the feature tests.
 */
let t: TestApp;
let w: World;
let assisted: Reservation;
let timeOff: StaffTimeOff;
let blackout: Blackout;
let qualification: Qualification;
let closure: InstitutionClosure;
/** Accounts whose passwords the reset rows change; nobody in the world's cast, whose tokens the other rows use. */
let resettableStaffA: User;
let resettableMemberC1: User;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  assisted = await t.make.reservation(w.tem, w.m1, at("2027-06-09T10:00"), at("2027-06-09T11:00"), { assignedStaffId: w.staffA1.member.id, status: "pending" });
  timeOff = await t.make.timeOff(w.staffA1.member, at("2027-06-20T00:00"), at("2027-06-21T00:00"));
  blackout = await t.make.blackout(w.instA, w.sem, at("2027-08-02T09:00"), at("2027-08-02T12:00"));
  qualification = await t.make.qualification(w.m1, w.sem);
  closure = await t.make.closure(w.instA, "2027-08-20");
  resettableStaffA = (await t.make.staff(w.instA, [])).user;
  resettableMemberC1 = await t.make.companyMember(w.c1);
});
afterAll(() => t.close());

type Caller = WorldRole | "anonymous";
interface Row {
  name: string;
  method: "get" | "post" | "patch" | "put" | "delete";
  path: () => string;
  body?: () => object;
  query?: () => Record<string, string>;
  expect: Partial<Record<Caller, number>>;
}

const week = () => ({ from: at("2027-06-07T00:00"), to: at("2027-06-14T00:00") });
const staffA1 = () => `/api/staff-members/${w.staffA1.member.id}`;

const ROWS: Row[] = [
  { name: "list staff", method: "get", path: () => "/api/staff-members", expect: { staffA1: 200, adminA: 200, staffB: 200, adminB: 200, coordinator: 200, m1: 403, anonymous: 401 } },
  { name: "add staff", method: "post", path: () => "/api/staff-members", body: () => ({ email: "z@test.example", displayName: "Z", password: "long enough password", workingHours: {} }), expect: { staffA1: 403, staffB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "one staff member", method: "get", path: staffA1, expect: { staffA1: 200, staffA2: 200, adminA: 200, coordinator: 200, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "edit staff", method: "patch", path: staffA1, body: () => ({ active: true }), expect: { staffA1: 403, staffA2: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "schedule", method: "get", path: () => `${staffA1()}/schedule`, query: week, expect: { staffA1: 200, adminA: 200, coordinator: 200, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "today", method: "get", path: () => `${staffA1()}/today`, expect: { staffA1: 200, adminA: 200, coordinator: 200, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "list time off", method: "get", path: () => `${staffA1()}/time-off`, query: week, expect: { staffA1: 200, staffA2: 200, adminA: 200, coordinator: 200, staffB: 404, m1: 404, anonymous: 401 } },
  { name: "add time off", method: "post", path: () => `${staffA1()}/time-off`, body: () => ({ startDate: "2027-09-01", endDate: "2027-09-01" }), expect: { staffA2: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "remove time off", method: "delete", path: () => `${staffA1()}/time-off/${timeOff.id}`, expect: { staffA2: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "assistance requests", method: "get", path: () => "/api/assistance-requests", expect: { staffA1: 200, adminA: 200, staffB: 200, coordinator: 200, m1: 403, anonymous: 401 } },
  { name: "accept", method: "post", path: () => `/api/assistance-requests/${assisted.id}/accept`, expect: { staffA2: 403, adminA: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "decline", method: "post", path: () => `/api/assistance-requests/${assisted.id}/decline`, body: () => ({ reason: "x" }), expect: { staffA2: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "reassign", method: "post", path: () => `/api/assistance-requests/${assisted.id}/reassign`, body: () => ({}), expect: { staffA2: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "record session", method: "post", path: () => `/api/reservations/${assisted.id}/record`, body: () => ({ outcome: "no_show" }), expect: { coordinator: 403, m1: 403, staffB: 404, adminB: 404, m2: 404, anonymous: 401 } },
  { name: "reservation history", method: "get", path: () => `/api/reservations/${assisted.id}/events`, expect: { m1: 200, staffA1: 200, adminA: 200, coordinator: 200, m2: 404, staffB: 404, adminB: 404, anonymous: 401 } },
  { name: "qualifications", method: "get", path: () => "/api/qualifications", expect: { m1: 200, staffA1: 200, staffB: 200, adminA: 200, coordinator: 200, anonymous: 401 } },
  { name: "grant", method: "post", path: () => "/api/qualifications", body: () => ({ userId: w.m2.id, instrumentId: w.sem.id }), expect: { staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "revoke", method: "post", path: () => `/api/qualifications/${qualification.id}/revoke`, body: () => ({ reason: "x" }), expect: { m1: 403, coordinator: 403, m2: 404, staffB: 404, adminB: 404, anonymous: 401 } },
  { name: "add instrument", method: "post", path: () => "/api/instruments", body: () => ({}), expect: { anonymous: 401 } },
  { name: "edit instrument", method: "patch", path: () => `/api/instruments/${w.sem.id}`, body: () => ({ nameEn: "Renamed" }), expect: { staffA1: 403, staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "instrument status", method: "post", path: () => `/api/instruments/${w.sem.id}/status`, body: () => ({ status: "active" }), expect: { staffA1: 403, staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "blackouts", method: "get", path: () => "/api/blackouts", expect: { staffA1: 200, adminA: 200, staffB: 200, coordinator: 200, m1: 403, anonymous: 401 } },
  { name: "blackout preview", method: "get", path: () => "/api/blackouts/affected", query: () => ({ instrumentId: String(w.sem.id), start: at("2027-08-02T09:00"), end: at("2027-08-02T12:00") }), expect: { staffA1: 200, adminA: 200, coordinator: 200, staffB: 403, adminB: 403, m1: 403, anonymous: 401 } },
  { name: "add blackout", method: "post", path: () => "/api/blackouts", body: () => ({ instrumentId: w.sem.id, start: at("2027-08-03T09:00"), end: at("2027-08-03T10:00"), kind: "maintenance" }), expect: { staffA1: 403, staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "move blackout", method: "put", path: () => `/api/blackouts/${blackout.id}`, body: () => ({ start: at("2027-08-02T09:00"), end: at("2027-08-02T13:00") }), expect: { staffA1: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "remove blackout", method: "delete", path: () => `/api/blackouts/${blackout.id}`, expect: { staffA1: 403, coordinator: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "closures", method: "get", path: () => `/api/institutions/${w.instA.id}/closures`, expect: { anonymous: 200, m1: 200, staffB: 200 } },
  { name: "add closure", method: "post", path: () => `/api/institutions/${w.instA.id}/closures`, body: () => ({ date: "2027-08-21" }), expect: { staffA1: 403, staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "remove closure", method: "delete", path: () => `/api/institutions/${w.instA.id}/closures/${closure.id}`, expect: { staffA1: 403, staffB: 403, adminB: 403, coordinator: 403, m1: 403, anonymous: 401 } },
  { name: "change own password (wrong current one)", method: "post", path: () => "/api/auth/password", body: () => ({ currentPassword: "not the password", newPassword: "a brand new passphrase" }), expect: { m1: 422, staffA1: 422, staffB: 422, adminA: 422, adminB: 422, coordinator: 422, anonymous: 401 } },
  { name: "reset a staff member's password", method: "post", path: () => `/api/users/${resettableStaffA.id}/password-reset`, body: () => ({ password: "a new initial password" }), expect: { adminA: 200, coordinator: 200, staffA1: 403, staffA2: 403, staffB: 404, adminB: 404, m1: 404, anonymous: 401 } },
  { name: "reset a company member's password", method: "post", path: () => `/api/users/${resettableMemberC1.id}/password-reset`, body: () => ({ password: "a new initial password" }), expect: { coordinator: 200, m1: 403, m2: 404, staffA1: 404, adminA: 404, adminB: 404, anonymous: 401 } },
  { name: "reset an admin's password", method: "post", path: () => `/api/users/${w.adminB.id}/password-reset`, body: () => ({ password: "a new initial password" }), expect: { adminA: 404, staffB: 403, m1: 404, anonymous: 401 } },
  { name: "account directory", method: "get", path: () => "/api/users", expect: { coordinator: 200, adminA: 200, adminB: 200, staffA1: 403, staffB: 403, m1: 403, anonymous: 401 } },
  { name: "another institution's accounts", method: "get", path: () => "/api/users", query: () => ({ institutionId: String(w.instB.id) }), expect: { coordinator: 200, adminB: 200, adminA: 403, staffB: 403, m2: 403, anonymous: 401 } },
  { name: "audit trail", method: "get", path: () => "/api/audit-events", expect: { adminA: 200, adminB: 200, coordinator: 200, staffA1: 403, staffB: 403, m1: 403, anonymous: 401 } },
];

describe.each(ROWS)("$name", (row) => {
  test.each(Object.entries(row.expect) as Array<[Caller, number]>)("%s → %i", async (caller, status) => {
    let request = t.http[row.method](row.path());
    if (caller !== "anonymous") request = request.set(w.auth(caller));
    if (row.query) request = request.query(row.query());
    const res = row.body ? await request.send(row.body()) : await request;
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code: status >= 400 ? expect.any(String) : undefined });
  });
});
