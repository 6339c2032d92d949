import { Writable } from "node:stream";
import pino from "pino";
import { AuditEvent, CalendarFeed, User, type Institution, type Instrument } from "../../../server/platform/db/entities";
import { hashFeedToken } from "../../../server/calendar-feeds/feed-tokens";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
let instA: Institution;
let instB: Institution;
let sem: Instrument;
let semB: Instrument;
const users: Record<string, User> = {};
const tokens: Record<string, string> = {};

const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
const create = (who: string, body: unknown) => t.http.post("/api/calendar/feeds").set(auth(who)).send(body as object);
const pathOf = (url: string) => new URL(url).pathname;
const tokenOf = (url: string) => pathOf(url).replace(/^\/ical\/|\.ics$/g, "");
/** Fetches a feed address the way a calendar app does: no cookie, no Authorization header. */
const fetchFeed = (url: string) => t.http.get(pathOf(url));

beforeAll(async () => {
  t = await createTestApp();
  instA = await t.make.institution({ nameEn: "Aoba Institute of Technology", nameJa: "青葉工業大学" });
  instB = await t.make.institution();
  sem = await t.make.instrument(instA, { nameEn: "Tabletop SEM", nameJa: "卓上SEM" });
  semB = await t.make.instrument(instB);
  const c1 = await t.make.company({ name: "Aoba Precision" });
  const c2 = await t.make.company({ name: "Kitakami Coatings" });
  users.m1 = await t.make.companyMember(c1);
  users.m1ja = await t.make.companyMember(c1, { locale: "ja" });
  users.m2 = await t.make.companyMember(c2);
  users.staffA = (await t.make.staff(instA, [sem])).user;
  users.staffNoRecord = await t.make.user({ role: "staff", institutionId: instA.id });
  users.adminA = (await t.make.staff(instA, [], { user: { role: "institution_admin" } })).user;
  users.adminNoRecord = await t.make.user({ role: "institution_admin", institutionId: instA.id });
  users.staffB = (await t.make.staff(instB, [semB])).user;
  users.coordinator = await t.make.user({ role: "coordinator" });
  for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user.email);
});
afterAll(() => t.close());

describe("who may have which feed", () => {
  test.each([
    ["m1", "company", 201], ["m1", "user", 201], ["m1", "staff", 403], ["m1", "instrument:sem", 403], ["m1", "institution", 403],
    ["staffA", "staff", 201], ["staffA", "instrument:sem", 201], ["staffA", "instrument:semB", 403], ["staffA", "institution", 403],
    ["staffA", "company", 403], ["staffA", "user", 403],
    ["staffNoRecord", "staff", 403], ["staffNoRecord", "instrument:sem", 201],
    ["adminA", "staff", 201], ["adminA", "instrument:sem", 201], ["adminA", "institution", 201], ["adminA", "institution:B", 403], ["adminA", "company", 403],
    ["adminNoRecord", "staff", 403], ["adminNoRecord", "institution", 201],
    ["staffB", "instrument:sem", 403], ["staffB", "instrument:semB", 201],
    ["coordinator", "institution:B", 201], ["coordinator", "instrument:semB", 201], ["coordinator", "company", 403], ["coordinator", "staff", 403], ["coordinator", "user", 403],
  ])("%s asking for a %s feed → %i", async (who, what, status) => {
    const [kind, target] = what.split(":");
    const body: Record<string, unknown> = { kind };
    if (target === "sem") body.instrumentId = sem.id;
    if (target === "semB") body.instrumentId = semB.id;
    if (target === "B") body.institutionId = instB.id;
    const res = await create(who, body);
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.error.code).toBe("forbidden");
    else expect(res.body.feed).toMatchObject({ kind, instrumentId: body.instrumentId ?? null });
  });

  test("the coordinator must say which institution; unknown instruments and institutions are 404", async () => {
    expect((await create("coordinator", { kind: "institution" })).status).toBe(400);
    expect((await create("coordinator", { kind: "institution", institutionId: 999999 })).status).toBe(404);
    expect((await create("staffA", { kind: "instrument", instrumentId: 999999 })).status).toBe(404);
  });

  test.each([
    ["empty body", {}],
    ["unknown kind", { kind: "everything" }],
    ["instrument feed without an instrument", { kind: "instrument" }],
    ["instrumentId on a company feed", { kind: "company", instrumentId: 1 }],
    ["institutionId on a company feed", { kind: "company", institutionId: 1 }],
    ["instrumentId that is not a number", { kind: "instrument", instrumentId: "abc" }],
    ["unknown field", { kind: "company", token: "mine" }],
    ["label too long", { kind: "company", label: "x".repeat(101) }],
    ["blank label", { kind: "company", label: "   " }],
    ["array body", [1, 2]],
  ])("400 for %s", async (_label, body) => {
    const res = await create("m1", body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
  });

  test("401 without a session, on every feed endpoint", async () => {
    expect((await t.http.get("/api/calendar/feeds")).status).toBe(401);
    expect((await t.http.post("/api/calendar/feeds").send({ kind: "company" })).status).toBe(401);
    expect((await t.http.delete("/api/calendar/feeds/1")).status).toBe(401);
    expect((await t.http.post("/api/calendar/feeds/1/rotate")).status).toBe(401);
  });

  test("400 for a malformed feed id", async () => {
    expect((await t.http.delete("/api/calendar/feeds/abc").set(auth("m1"))).status).toBe(400);
    expect((await t.http.post("/api/calendar/feeds/0/rotate").set(auth("m1"))).status).toBe(400);
  });
});

describe("feed addresses", () => {
  test("an absolute secret URL with webcal, Google and Outlook links, a label in the owner's language, and it works with no cookie or header", async () => {
    const res = await create("m1", { kind: "company" });
    expect(res.status).toBe(201);
    const { feed } = res.body;
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace("http://", "webcal://"));
    expect(feed.googleCalendarUrl).toBe(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(feed.webcalUrl)}`);
    expect(feed.outlookUrl).toContain(encodeURIComponent(feed.url));
    expect(feed).toMatchObject({ kind: "company", label: "Aoba Precision reservations", createdAt: expect.any(String) });

    const calendar = await fetchFeed(feed.url);
    expect(calendar.status).toBe(200);
    expect(calendar.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(calendar.text).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const ja = await create("m1ja", { kind: "user" });
    expect(ja.body.feed.label).toBe("自分の予約（Aoba Precision）");
    const named = await create("m1", { kind: "user", label: "  Lab calendar " });
    expect(named.body.feed.label).toBe("Lab calendar");
  });

  test("PUBLIC_URL decides the host of the address", async () => {
    t.config.publicUrl = "https://booking.example.ac.jp";
    try {
      const res = await create("staffA", { kind: "staff" });
      expect(res.body.feed.url).toMatch(/^https:\/\/booking\.example\.ac\.jp\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(res.body.feed.webcalUrl).toMatch(/^webcal:\/\/booking\.example\.ac\.jp\/ical\//);
    } finally {
      t.config.publicUrl = undefined;
    }
  });

  test("only a SHA-256 of the token is stored, and each feed has its own token", async () => {
    const a = (await create("m2", { kind: "company" })).body.feed;
    const b = (await create("m2", { kind: "user" })).body.feed;
    expect(tokenOf(a.url)).not.toBe(tokenOf(b.url));
    const row = await t.db.manager.getRepository(CalendarFeed).findOneByOrFail({ id: a.id });
    expect(row.tokenHash).toBe(hashFeedToken(tokenOf(a.url)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(a.url));
  });

  test("the list shows the caller's feeds only, with working addresses", async () => {
    const mine = (await create("staffB", { kind: "staff" })).body.feed;
    const list = await t.http.get("/api/calendar/feeds").set(auth("staffB"));
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: { id: number }) => f.id)).toContain(mine.id);
    expect(list.body.items.every((f: { kind: string }) => ["staff", "instrument"].includes(f.kind))).toBe(true);
    // supertest serves each request on a new port, so compare the addresses without the host.
    const listed = list.body.items.find((f: { id: number }) => f.id === mine.id);
    expect({ ...listed, path: pathOf(listed.url) }).toMatchObject({ id: mine.id, kind: "staff", label: mine.label, createdAt: mine.createdAt, path: pathOf(mine.url) });
    expect(list.body.kinds).toEqual(["staff", "instrument"]);
    const others = await t.http.get("/api/calendar/feeds").set(auth("m1"));
    expect(others.body.kinds).toEqual(["company", "user"]);
    expect((await t.http.get("/api/calendar/feeds").set(auth("adminNoRecord"))).body.kinds).toEqual(["instrument", "institution"]);
    expect((await t.http.get("/api/calendar/feeds").set(auth("coordinator"))).body.kinds).toEqual(["instrument", "institution"]);
    expect(others.body.items.map((f: { id: number }) => f.id)).not.toContain(mine.id);
    expect((await fetchFeed(list.body.items[0].url)).status).toBe(200);
  });
});

describe("revoking and rotating", () => {
  test("DELETE revokes at once: the address answers 404; nobody else can delete it", async () => {
    const feed = (await create("adminA", { kind: "institution" })).body.feed;
    expect((await fetchFeed(feed.url)).status).toBe(200);
    expect((await t.http.delete(`/api/calendar/feeds/${feed.id}`).set(auth("coordinator"))).status).toBe(404);
    expect((await t.http.delete(`/api/calendar/feeds/${feed.id}`).set(auth("adminA"))).status).toBe(204);
    const gone = await fetchFeed(feed.url);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
    expect((await t.http.delete(`/api/calendar/feeds/${feed.id}`).set(auth("adminA"))).status).toBe(404);
    const list = await t.http.get("/api/calendar/feeds").set(auth("adminA"));
    expect(list.body.items.map((f: { id: number }) => f.id)).not.toContain(feed.id);
    const revoked = await t.db.manager.getRepository(AuditEvent).findOneBy({ entityType: "calendar_feed", entityId: feed.id, action: "calendar_feed.revoked" });
    expect(revoked).toMatchObject({ actorUserId: users.adminA.id, institutionId: instA.id });
  });

  test("rotate gives a new address and kills the old one; nobody else can rotate it", async () => {
    const feed = (await create("staffA", { kind: "instrument", instrumentId: sem.id })).body.feed;
    expect((await t.http.post(`/api/calendar/feeds/${feed.id}/rotate`).set(auth("staffB"))).status).toBe(404);
    const res = await t.http.post(`/api/calendar/feeds/${feed.id}/rotate`).set(auth("staffA"));
    expect(res.status).toBe(200);
    expect(res.body.feed).toMatchObject({ id: feed.id, kind: "instrument", instrumentId: sem.id });
    expect(res.body.feed.url).not.toBe(feed.url);
    expect((await fetchFeed(feed.url)).status).toBe(404);
    expect((await fetchFeed(res.body.feed.url)).status).toBe(200);
    const audit = await t.db.manager.getRepository(AuditEvent).find({ where: { entityType: "calendar_feed", entityId: feed.id }, order: { id: "ASC" } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.institutionId])).toEqual([
      ["calendar_feed.created", users.staffA.id, instA.id],
      ["calendar_feed.rotated", users.staffA.id, instA.id],
    ]);
  });

  test("a disabled owner's feeds answer 404 at once, and work again when the account is re-enabled", async () => {
    const feed = (await create("m2", { kind: "company" })).body.feed;
    await t.db.write((em) => em.getRepository(User).update(users.m2.id, { active: false }));
    expect((await fetchFeed(feed.url)).status).toBe(404);
    await t.db.write((em) => em.getRepository(User).update(users.m2.id, { active: true }));
    expect((await fetchFeed(feed.url)).status).toBe(200);
  });

  test("a feed stops when its owner may no longer see what it shows (an admin who becomes staff)", async () => {
    const feed = (await create("adminNoRecord", { kind: "institution" })).body.feed;
    await t.db.write((em) => em.getRepository(User).update(users.adminNoRecord.id, { role: "staff" }));
    expect((await fetchFeed(feed.url)).status).toBe(404);
    await t.db.write((em) => em.getRepository(User).update(users.adminNoRecord.id, { role: "institution_admin" }));
  });

  test.each(["/ical/short.ics", "/ical/" + "A".repeat(43) + ".ics", "/ical/" + "A".repeat(43), "/ical/../../etc/passwd.ics"])("unknown or malformed address %s → 404", async (path) => {
    expect((await t.http.get(path)).status).toBe(404);
  });
});

test("request logs never contain a feed token", async () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const logged = await createTestApp({ logger: pino({ level: "info" }, sink) });
  try {
    const owner = await logged.make.companyMember();
    const token = await logged.login(owner.email);
    const feed = (await logged.http.post("/api/calendar/feeds").set({ authorization: `Bearer ${token}` }).send({ kind: "company" })).body.feed;
    expect((await logged.http.get(pathOf(feed.url))).status).toBe(200);
    await logged.http.delete(`/api/calendar/feeds/${feed.id}`).set({ authorization: `Bearer ${token}` });
    expect((await logged.http.get(pathOf(feed.url))).status).toBe(404);
    const log = lines.join("");
    expect(log).toContain("/ical/[redacted]");
    expect(log).not.toContain(tokenOf(feed.url));
  } finally {
    await logged.close();
  }
});
