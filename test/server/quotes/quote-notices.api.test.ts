import { dispatchOnce } from "../../../server/notifications";
import { MailOutbox, Notification, type User } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World, type WorldRole } from "../../helpers/world";
import { quoteBody, routedConsultation } from "./quote-helpers";

let t: TestApp;
let w: World;
let colleague: User;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildWorld(t);
  colleague = await t.make.companyMember(w.c1, { locale: "en" });
});
afterAll(() => t.close());

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
const quoteKinds = async (userId: number) =>
  (await t.db.manager.getRepository(Notification).find({ where: { userId }, order: { id: "ASC" } })).map((n) => n.kind).filter((k) => k.startsWith("quote_"));
const dispatch = () => dispatchOnce(t.db, t.clock, { publicUrl: "https://es.test.example" });
const everyone = () => [w.m1, colleague, w.m2, w.staffA1.user, w.staffA2.user, w.staffB.user, w.adminA, w.adminB, w.coordinator];

async function issued(): Promise<{ id: number; quoteId: number }> {
  const id = await routedConsultation(t, w);
  const res = await post("staffA1", `/api/consultations/${id}/quotes`, quoteBody(w));
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return { id, quoteId: res.body.quote.id };
}

async function newKinds(action: () => Promise<unknown>): Promise<Map<number, string[]>> {
  await dispatch();
  const before = new Map(await Promise.all(everyone().map(async (u) => [u.id, (await quoteKinds(u.id)).length] as const)));
  await action();
  await dispatch();
  return new Map(await Promise.all(everyone().map(async (u) => [u.id, (await quoteKinds(u.id)).slice(before.get(u.id))] as const)));
}

test("an issued quote reaches every member of the company (by e-mail linking to the request page), nobody else", async () => {
  let id = 0;
  const heard = await newKinds(async () => ({ id } = await issued()));
  expect(heard.get(w.m1.id)).toEqual(["quote_issued"]);
  expect(heard.get(colleague.id)).toEqual(["quote_issued"]);
  for (const other of [w.m2, w.staffA1.user, w.staffA2.user, w.staffB.user, w.adminA, w.adminB, w.coordinator]) expect(heard.get(other.id)).toEqual([]);
  const mail = await t.db.manager.getRepository(MailOutbox).findOneByOrFail({ recipient: colleague.email, subject: "You have a quote: Why do our coated bolts crack?" });
  expect(mail.text).toContain(`https://es.test.example/consultations/${id}`);
  expect(mail.text).toContain("total incl. tax ¥26,400");
  expect(mail.text).toContain("Valid until 2027-06-30");
});

test("an accepted quote reaches the assigned staff member and the institution's admins, not the company or others", async () => {
  const { id, quoteId } = await issued();
  const heard = await newKinds(() => post("m1", `/api/consultations/${id}/quotes/${quoteId}/accept`).expect(200));
  expect(heard.get(w.staffA1.user.id)).toEqual(["quote_accepted"]);
  expect(heard.get(w.adminA.id)).toEqual(["quote_accepted"]);
  for (const other of [w.m1, colleague, w.m2, w.staffA2.user, w.staffB.user, w.adminB, w.coordinator]) expect(heard.get(other.id)).toEqual([]);
});

test("a declined quote tells the same people, with the company's reason", async () => {
  const { id, quoteId } = await issued();
  const heard = await newKinds(() => post("m1", `/api/consultations/${id}/quotes/${quoteId}/decline`, { reason: "Over our budget" }).expect(200));
  expect(heard.get(w.staffA1.user.id)).toEqual(["quote_declined"]);
  expect(heard.get(w.adminA.id)).toEqual(["quote_declined"]);
  for (const other of [w.m1, colleague, w.m2, w.staffA2.user, w.staffB.user, w.adminB, w.coordinator]) expect(heard.get(other.id)).toEqual([]);
  const note = await t.db.manager.getRepository(Notification).findOneOrFail({ where: { userId: w.adminA.id, kind: "quote_declined" }, order: { id: "DESC" } });
  expect(note.body).toContain("Over our budget");
});
