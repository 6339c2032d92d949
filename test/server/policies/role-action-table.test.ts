import { User } from "../../../server/platform/db/entities";
import type { Actor } from "../../../server/platform/actor";
import { canOnReservation, type ReservationAction } from "../../../server/booking/reservation.policy";
import { canOnInstitution, type InstitutionAction } from "../../../server/institutions/institution.policy";
import { canOnStaffMember, type StaffAction } from "../../../server/staff/staff.policy";
import { canOnAssistance, type AssistanceAction } from "../../../server/staff/assistance.policy";
import { canOnQualification, type QualificationAction } from "../../../server/qualifications/qualification.policy";
import { canOnAccount, type AccountAction } from "../../../server/accounts/account.policy";
import { canOnFeed, type CalendarFeedAction } from "../../../server/calendar-feeds/calendar-feed.policy";

/**
 * Every policy as a table: for each action, exactly who may. Everyone not listed must be refused. The cast: a
 * company member and one of another company; staff member 11, their colleague 12 and staff of another
 * institution; an admin of institution 1 and one of institution 2; the coordinator.
 */
type Persona = "member" | "otherMember" | "staff" | "colleague" | "otherStaff" | "admin" | "otherAdmin" | "coordinator";

const user = (id: number, fields: Partial<User>): User => Object.assign(new User(), { id, active: true, companyId: null, institutionId: null, ...fields });
const CAST: Record<Persona, Actor> = {
  member: { user: user(1, { role: "company_member", companyId: 1 }), staffMemberId: null },
  otherMember: { user: user(2, { role: "company_member", companyId: 2 }), staffMemberId: null },
  staff: { user: user(3, { role: "staff", institutionId: 1 }), staffMemberId: 11 },
  colleague: { user: user(4, { role: "staff", institutionId: 1 }), staffMemberId: 12 },
  otherStaff: { user: user(5, { role: "staff", institutionId: 2 }), staffMemberId: 21 },
  admin: { user: user(6, { role: "institution_admin", institutionId: 1 }), staffMemberId: null },
  otherAdmin: { user: user(7, { role: "institution_admin", institutionId: 2 }), staffMemberId: null },
  coordinator: { user: user(8, { role: "coordinator" }), staffMemberId: null },
};
const PERSONAS = Object.keys(CAST) as Persona[];

function checkTable<A extends string>(name: string, table: Record<A, Persona[]>, may: (actor: Actor, action: A) => boolean) {
  describe(name, () => {
    for (const action of Object.keys(table) as A[]) {
      it(`${action}: ${table[action].join(", ") || "nobody"}`, () => {
        expect(PERSONAS.filter((p) => may(CAST[p], action))).toEqual(PERSONAS.filter((p) => table[action].includes(p)));
      });
    }
  });
}

const reservation = { companyId: 1, institutionId: 1 };
checkTable<ReservationAction>("a reservation of company 1 at institution 1", {
  view: ["member", "staff", "colleague", "admin", "coordinator"],
  cancel: ["member", "staff", "colleague", "admin"],
  decide: ["staff", "colleague", "admin"],
  record: ["staff", "colleague", "admin"],
}, (a, action) => canOnReservation(a.user, action, reservation));

checkTable<InstitutionAction>("institution 1", {
  view: ["staff", "colleague", "admin", "coordinator"],
  operate: ["staff", "colleague", "admin"],
  manage: ["admin"],
}, (a, action) => canOnInstitution(a.user, action, 1));

checkTable<StaffAction>("staff member 11 of institution 1", {
  view: ["staff", "colleague", "admin", "coordinator"],
  self_service: ["staff", "admin"],
  manage: ["admin"],
}, (a, action) => canOnStaffMember(a, action, { id: 11, institutionId: 1 }));

checkTable<AssistanceAction>("an assistance request at institution 1 assigned to staff member 11", {
  view: ["staff", "colleague", "admin", "coordinator"],
  accept: ["staff"],
  decline: ["staff", "admin"],
  reassign: ["staff", "admin"],
}, (a, action) => canOnAssistance(a, action, { institutionId: 1, assignedStaffId: 11 }));

checkTable<AssistanceAction>("an assistance request at institution 1 assigned to nobody", {
  view: ["staff", "colleague", "admin", "coordinator"],
  accept: [],
  decline: ["admin"],
  reassign: ["staff", "colleague", "admin"],
}, (a, action) => canOnAssistance(a, action, { institutionId: 1, assignedStaffId: null }));

checkTable<QualificationAction>("a qualification of company 1's engineer on an instrument of institution 1", {
  view: ["member", "staff", "colleague", "admin", "coordinator"],
  grant: ["staff", "colleague", "admin"],
  revoke: ["staff", "colleague", "admin"],
}, (a, action) => canOnQualification(a.user, action, { institutionId: 1, companyId: 1 }));

checkTable<AccountAction>("the account of staff member 11", {
  view: ["staff", "colleague", "admin", "coordinator"],
  reset_password: ["admin", "coordinator"],
}, (a, action) => canOnAccount(a.user, action, CAST.staff.user));

checkTable<AccountAction>("the account of institution 1's admin", {
  view: ["staff", "colleague", "admin", "coordinator"],
  reset_password: ["coordinator"],
}, (a, action) => canOnAccount(a.user, action, CAST.admin.user));

checkTable<CalendarFeedAction>("a calendar feed owned by the company member", {
  view: ["member"],
  rotate: ["member"],
  revoke: ["member"],
}, (a, action) => canOnFeed(a.user, action, { ownerUserId: CAST.member.user.id }));
