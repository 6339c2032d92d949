import { Consultation, ConsultationRoute } from "../../../server/platform/db/entities";
import type { TestApp } from "../../helpers/test-app";
import type { World } from "../../helpers/world";

export const need = { summary: "Why do our coated bolts crack?", details: "Zn-Ni coated M8 bolts show hairline cracks after salt spray." };

/** A consultation of company 1, routed to institution A and assigned to staffA1 (as the coordinator and admin would). */
export async function routedConsultation(t: TestApp, w: World): Promise<number> {
  const res = await t.http.post("/api/consultations").set(w.auth("m1")).send(need);
  if (res.status !== 201) throw new Error(`consultation: ${res.status} ${JSON.stringify(res.body)}`);
  const id: number = res.body.consultation.id;
  await t.db.write(async (em) => {
    const now = new Date(t.clock.now());
    await em.getRepository(ConsultationRoute).insert({
      consultationId: id, institutionId: w.instA.id, routedAt: now, routedById: w.coordinator.id,
      assignedStaffMemberId: w.staffA1.member.id, assignedAt: now, removedAt: null,
    });
    await em.getRepository(Consultation).update(id, { status: "assigned" });
  });
  return id;
}

/** 2 h of staff operation and 1 h of self-use on the SEM, 1 staff hour, two coatings. */
export const quoteBody = (w: World) => ({
  items: [{ instrumentId: w.sem.id, usageMode: "operation", hours: 2 }, { instrumentId: w.sem.id, usageMode: "self", hours: 1 }],
  staffHours: 1,
  consumables: [{ description: "Gold coating", quantity: 2, unit: "sample", unitPrice: 1500 }],
  validUntil: "2027-06-30",
  notes: "Bring five bolts.",
});
