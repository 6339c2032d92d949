import type { TestApp } from "../../helpers/test-app";
import type { World, WorldRole } from "../../helpers/world";

/** A consultation of company 1, routed to institution A and assigned to staffA1 (who works weekdays 9–17 Tokyo). */
export async function assignedConsultation(t: TestApp, w: World, summary = "Voids in castings"): Promise<number> {
  const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
  const created = await post("m1", "/api/consultations", { summary, details: "Where do the voids come from?" });
  const id = created.body.consultation.id as number;
  expect((await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] })).status).toBe(200);
  expect((await post("adminA", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA1.member.id })).status).toBe(200);
  return id;
}
