import { TermsAcceptance, TermsVersion, User } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const publish = (who: Parameters<World["auth"]>[0], body: Record<string, unknown>) => t.http.post("/api/terms").set(w.auth(who)).send(body);
const book = (who: Parameters<World["auth"]>[0], day: string) =>
  t.http.post("/api/reservations").set(w.auth(who)).send({
    instrumentId: w.sem.id, start: at(`${day}T10:00`), end: at(`${day}T11:00`), purpose: "Inspection", assistance: { type: "operation" },
  });

describe("terms of use", () => {
  test("none yet: GET 404, and booking needs no acceptance", async () => {
    expect((await t.http.get("/api/terms")).status).toBe(404);
    expect((await book("m1", "2027-06-09")).status).toBe(201);
  });

  test("only the coordinator publishes: others 403; empty text 400; nothing saved", async () => {
    for (const who of ["m1", "staffA1", "adminA"] as const) expect((await publish(who, { textJa: "規約", textEn: "Terms" })).status).toBe(403);
    const empty = await publish("coordinator", { textJa: " ", textEn: "Terms" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.issues[0].path).toBe("textJa");
    expect((await t.http.post("/api/terms").send({ textJa: "規約", textEn: "Terms" })).status).toBe(401);
    expect(await t.db.manager.getRepository(TermsVersion).count()).toBe(0);
  });

  test("published: anyone reads it; a member must accept the version in force before booking", async () => {
    const v1 = await publish("coordinator", { textJa: "第1条 安全第一", textEn: "Article 1 Safety first" });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ version: 1, textJa: "第1条 安全第一", textEn: "Article 1 Safety first" });
    expect((await t.http.get("/api/terms")).body).toMatchObject({ version: 1, acceptedVersion: null });

    const refused = await book("m1", "2027-06-10");
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toMatchObject({ reason: "terms_not_accepted", version: 1 });

    const wrong = await t.http.post("/api/terms/accept").set(w.auth("m1")).send({ version: 2 });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.details.reason).toBe("terms_outdated");
    expect((await t.http.post("/api/terms/accept").set(w.auth("m1")).send({ version: "one" })).status).toBe(400);
    expect((await t.http.post("/api/terms/accept").send({ version: 1 })).status).toBe(401);
    expect(await t.db.manager.getRepository(TermsAcceptance).count()).toBe(0);

    const accepted = await t.http.post("/api/terms/accept").set(w.auth("m1")).send({ version: 1 });
    expect(accepted.status).toBe(200);
    expect(accepted.body.version).toBe(1);
    expect((await t.http.get("/api/terms").set(w.auth("m1"))).body.acceptedVersion).toBe(1);
    expect((await book("m1", "2027-06-10")).status).toBe(201);
    expect((await book("m2", "2027-06-11")).status).toBe(422); // another company's member has not accepted
  });

  test("a new version must be accepted again", async () => {
    expect((await publish("coordinator", { textJa: "第2版", textEn: "Version 2" })).body.version).toBe(2);
    expect((await book("m1", "2027-06-14")).body.error.details.reason).toBe("terms_not_accepted");
    await t.http.post("/api/terms/accept").set(w.auth("m1")).send({ version: 2 });
    expect((await book("m1", "2027-06-14")).status).toBe(201);
  });

  test("sign-up accepts the version in force, and only that one", async () => {
    const body = { companyName: "Sendai Optics", contactName: "Aiko Mori", email: "aiko@sendai.example", password: "a-long-password", customerType: "sme" };
    const missing = await t.http.post("/api/auth/signup").send(body);
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.reason).toBe("terms_not_accepted");
    expect((await t.http.post("/api/auth/signup").send({ ...body, acceptedTermsVersion: 1 })).body.error.details.reason).toBe("terms_outdated");
    expect(await t.db.manager.getRepository(User).countBy({ email: "aiko@sendai.example" })).toBe(0);
    const ok = await t.http.post("/api/auth/signup").send({ ...body, acceptedTermsVersion: 2 });
    expect(ok.status).toBe(201);
    expect(await t.db.manager.getRepository(TermsAcceptance).findBy({ userId: ok.body.user.id })).toMatchObject([{ version: 2 }]);
  });
});
