import type { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import { priceYen } from "../availability";
import { recordAudit } from "../platform/audit-trail";
import { Reservation, TermsAcceptance, TermsVersion, type Instrument, type StaffMember, type User } from "../platform/db/entities";
import { DEMO_TERMS } from "./demo-data";

/** Terms of use version 1, published by the coordinator and accepted by every demo company member. */
export async function seedTerms(em: EntityManager, users: Map<string, User>): Promise<void> {
  const coordinator = users.get("coordinator@demo.example")!;
  const terms = await em.getRepository(TermsVersion).save(em.getRepository(TermsVersion).create({ version: 1, ...DEMO_TERMS, publishedById: coordinator.id }));
  await recordAudit(em, { actorUserId: coordinator.id, action: "terms.published", entityType: "terms", entityId: terms.id, details: { version: 1 } });
  const members = [...users.values()].filter((user) => user.role === "company_member");
  await em.getRepository(TermsAcceptance).insert(members.map((user) => ({ userId: user.id, version: 1 })));
}

/** The unverified company's first booking: pending until the coordinator verifies it, at its declared (large company) rate. */
export function unverifiedCompanyBooking(
  em: EntityManager,
  refs: { instruments: Map<string, Instrument>; users: Map<string, User>; staffByEmail: Map<string, StaffMember> },
  days: { at: (day: DateTime, hour: number) => Date; day: DateTime },
): Reservation {
  const member = refs.users.get("newco@demo.example")!;
  const instrument = refs.instruments.get("dsc")!;
  const staff = refs.staffByEmail.get("staff2@demo.example")!;
  const startsAt = days.at(days.day, 14);
  const endsAt = days.at(days.day, 16);
  return em.getRepository(Reservation).create({
    instrumentId: instrument.id, institutionId: instrument.institutionId, userId: member.id, companyId: member.companyId!,
    startsAt, endsAt, status: "pending", pendingReason: "company_unverified", revision: 1,
    purpose: "高分子フィルムのガラス転移温度測定 / Glass transition of a polymer film", sampleDescription: "PET フィルム 5 mg × 3",
    assistanceType: "operation", assistanceStatus: "assigned", assignedStaffId: staff.id,
    priceEstimateYen: priceYen(instrument, "company", { start: startsAt.getTime(), end: endsAt.getTime() }, "operation"),
  });
}
