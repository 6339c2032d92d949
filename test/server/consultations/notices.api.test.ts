import { dispatchOnce } from "../../../server/notifications";
import { MailOutbox, Notification } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World, type WorldRole } from "../../helpers/world";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
const kindsOf = async (userId: number) => (await t.db.manager.getRepository(Notification).find({ where: { userId }, order: { id: "ASC" } })).map((n) => n.kind);
const dispatch = () => dispatchOnce(t.db, t.clock, { publicUrl: "https://es.test.example" });

test("each step reaches the people concerned, in-app and by e-mail linking to the request page", async () => {
  const { body } = await post("m1", "/api/consultations", { summary: "Porosity in cast parts", details: "Which method shows internal voids?" });
  const id = body.consultation.id;
  await dispatch();
  expect(await kindsOf(w.coordinator.id)).toEqual(["consultation_received"]);
  await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] });
  await dispatch();
  expect(await kindsOf(w.adminA.id)).toEqual(["consultation_routed"]);
  expect(await kindsOf(w.adminB.id)).toEqual([]);
  await post("adminA", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA1.member.id });
  await dispatch();
  expect(await kindsOf(w.staffA1.user.id)).toEqual(["consultation_assigned"]);
  await post("staffA1", `/api/consultations/${id}/messages`, { body: "X-ray CT would show them." });
  await post("m1", `/api/consultations/${id}/messages`, { body: "Thanks, how many samples?" });
  await post("staffA1", `/api/consultations/${id}/close`, { reason: "resolved" });
  await dispatch();
  expect(await kindsOf(w.m1.id)).toEqual(["consultation_message", "consultation_closed"]);
  expect(await kindsOf(w.staffA1.user.id)).toEqual(["consultation_assigned", "consultation_message"]);
  const mail = await t.db.manager.getRepository(MailOutbox).findOneByOrFail({ recipient: w.m1.email, subject: "Consultation closed: Porosity in cast parts" });
  expect(mail.text).toContain(`https://es.test.example/consultations/${id}`);
  const inbox = await t.http.get("/api/notifications").set(w.auth("m1"));
  expect(inbox.status).toBe(200);
});
