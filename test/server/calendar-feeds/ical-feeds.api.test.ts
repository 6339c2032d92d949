import { DateTime } from "luxon";
import { Company, Instrument, User, type Institution, type StaffMember } from "../../../server/platform/db/entities";
import { parseCalendar, type ParsedCalendar } from "../../helpers/ical";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";

const HOST = "booking.example.ac.jp";
const DAY = 24 * 3_600_000;

let t: TestApp;
let instA: Institution;
let sem: Instrument;
let tem: Instrument;
let staffA: { user: User; member: StaffMember };
const users: Record<string, User> = {};
const tokens: Record<string, string> = {};
const feeds: Record<string, string> = {};
const ids: Record<string, number> = {};

const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
const path = (url: string) => new URL(url).pathname;
const fetchFeed = (name: string) => t.http.get(path(feeds[name]));
async function calendar(name: string): Promise<ParsedCalendar & { text: string }> {
  const res = await fetchFeed(name);
  expect(res.status).toBe(200);
  return { ...parseCalendar(res.text), text: res.text };
}
const uid = (name: string) => `reservation-${ids[name]}@${HOST}`;
const busyUid = (name: string) => `reservation-${ids[name]}-busy@${HOST}`;
async function book(who: string, body: Record<string, unknown>): Promise<number> {
  const res = await t.http.post("/api/reservations").set(auth(who)).send(body);
  if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.reservation.id;
}
async function subscribe(name: string, who: string, body: Record<string, unknown>) {
  const res = await t.http.post("/api/calendar/feeds").set(auth(who)).send(body);
  if (res.status !== 201) throw new Error(`feed failed: ${res.status} ${JSON.stringify(res.body)}`);
  feeds[name] = res.body.feed.url;
}

const SECRETS = ["Kitakami Coatings", "Aoba Precision", "Secret alloy fatigue study", "Proprietary sample X-17", "Turbine blade cracks", "Kitakami Engineer", "Aoba Engineer", "Sato Technician"];

beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: `https://${HOST}` } }); // Monday 2027-06-07 09:00 JST
  instA = await t.make.institution({ nameEn: "Aoba Institute of Technology", nameJa: "青葉工業大学" });
  const instB = await t.make.institution();
  sem = await t.make.instrument(instA, { nameEn: "Tabletop SEM", nameJa: "卓上SEM", building: "Building 3", room: "Room 201" });
  tem = await t.make.instrument(instA, { nameEn: "TEM", nameJa: "透過電子顕微鏡", requiresApproval: true, selfUse: false, training: false });
  staffA = await t.make.staff(instA, [sem, tem], { user: { displayName: "Sato Technician" } });
  const admin = await t.make.staff(instA, [], { user: { role: "institution_admin" } });
  const c1 = await t.make.company({ name: "Aoba Precision" });
  const c2 = await t.make.company({ name: "Kitakami Coatings" });
  users.m1 = await t.make.companyMember(c1, { displayName: "Aoba Engineer" });
  users.m1b = await t.make.companyMember(c1, { locale: "ja" });
  users.m2 = await t.make.companyMember(c2, { displayName: "Kitakami Engineer" });
  users.staffA = staffA.user;
  users.adminA = admin.user;
  users.staffB = (await t.make.staff(instB, [])).user;
  users.coordinator = await t.make.user({ role: "coordinator" });
  for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user.email);
  await t.make.qualification(users.m1, sem);

  ids.selfUse = await book("m1", { instrumentId: sem.id, start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), purpose: "Turbine blade cracks" });
  ids.pending = await book("m1b", { instrumentId: tem.id, start: at("2027-06-10T10:00"), end: at("2027-06-10T12:00"), purpose: "Grain boundaries", assistance: { type: "operation" } });
  ids.other = await book("m2", {
    instrumentId: sem.id, start: at("2027-06-11T13:00"), end: at("2027-06-11T15:00"),
    purpose: "Secret alloy fatigue study", sampleDescription: "Proprietary sample X-17", assistance: { type: "operation" },
  });
  ids.cancelled = await book("m2", { instrumentId: sem.id, start: at("2027-06-14T10:00"), end: at("2027-06-14T12:00"), purpose: "Secret alloy fatigue study", assistance: { type: "operation" } });
  expect((await t.http.post(`/api/reservations/${ids.cancelled}/cancel`).set(auth("m2")).send({ reason: "Sample not ready" })).status).toBe(200);
  ids.timeOff = (await t.make.timeOff(staffA.member, at("2027-06-15T09:00"), at("2027-06-15T17:00"))).id;
  ids.blackout = (await t.make.blackout(instA, sem, at("2027-06-16T09:00"), at("2027-06-16T17:00"))).id;

  await subscribe("company", "m1", { kind: "company" });
  await subscribe("user", "m1b", { kind: "user" });
  await subscribe("staff", "staffA", { kind: "staff" });
  await subscribe("instrument", "staffA", { kind: "instrument", instrumentId: sem.id });
  await subscribe("institution", "adminA", { kind: "institution" });
  await subscribe("coordinator", "coordinator", { kind: "institution", institutionId: instA.id });
});
afterAll(() => t.close());

describe("what each kind of feed holds (parsed with ical.js)", () => {
  test("every feed is a PUBLISH calendar with a name, a refresh interval and only UTC times", async () => {
    for (const name of Object.keys(feeds)) {
      const cal = await calendar(name);
      expect(cal).toMatchObject({ method: "PUBLISH", refreshInterval: "PT1H", publishedTtl: "PT1H" });
      expect(cal.calName).toBeTruthy();
      expect(cal.name).toBe(cal.calName);
      expect(cal.events.length).toBeGreaterThan(0);
      for (const event of cal.events) {
        expect([event.startZone, event.endZone]).toEqual(["UTC", "UTC"]);
        expect(event.dtstamp).toEqual(event.lastModified);
        expect(event.uid).toMatch(new RegExp(`@${HOST.replace(/\./g, "\\.")}$`));
      }
      expect(cal.text).not.toMatch(/DTSTART(;[^:]*)?:\d{8}T\d{6}\r\n/); // never floating
    }
  });

  test("company: the company's reservations with full detail, never another company's", async () => {
    const cal = await calendar("company");
    expect(cal.events.map((e) => e.uid).sort()).toEqual([uid("selfUse"), uid("pending")].sort());
    const selfUse = cal.byUid(uid("selfUse"));
    expect(selfUse).toMatchObject({ status: "CONFIRMED", sequence: 1, transp: "OPAQUE", summary: "Tabletop SEM (self-use)", location: "Aoba Institute of Technology, Building 3, Room 201" });
    expect(selfUse.start.toISOString()).toBe(at("2027-06-09T10:00"));
    expect(selfUse.end.toISOString()).toBe(at("2027-06-09T11:00"));
    expect(selfUse.description).toContain("Purpose: Turbine blade cracks");
    expect(selfUse.description).toContain("Booked by: Aoba Engineer");
    const pending = cal.byUid(uid("pending"));
    expect(pending).toMatchObject({ status: "TENTATIVE", summary: "[Pending] TEM (staff operation)" });
    expect(pending.description).toContain("Staff: Sato Technician");
    expect(cal.text).not.toContain("Kitakami");
    expect(cal.text).not.toContain("Secret alloy");
  });

  test("user: only my own bookings, in my language (Japanese)", async () => {
    const cal = await calendar("user");
    expect(cal.events.map((e) => e.uid)).toEqual([uid("pending")]);
    expect(cal.byUid(uid("pending"))).toMatchObject({ summary: "【承認待ち】透過電子顕微鏡（技術代行）", status: "TENTATIVE" });
    expect(cal.byUid(uid("pending")).description).toContain("担当職員：Sato Technician");
    expect(cal.calName).toBe("自分の予約（Aoba Precision）");
  });

  test("staff: my assignments (with the company) and my time off, in the institution's zone", async () => {
    const cal = await calendar("staff");
    expect(cal.events.map((e) => e.uid)).toEqual([uid("pending"), uid("other"), uid("cancelled"), `staff-time-off-${ids.timeOff}@${HOST}`]);
    expect(cal.byUid(uid("other")).summary).toBe("Tabletop SEM — Kitakami Coatings (staff operation)");
    expect(cal.byUid(`staff-time-off-${ids.timeOff}@${HOST}`)).toMatchObject({ summary: "Time off", status: "CONFIRMED" });
    expect(cal.wrTimezone).toBe("Asia/Tokyo");
  });

  test("instrument: busy blocks and maintenance only — no company, purpose, sample or person anywhere", async () => {
    const res = await fetchFeed("instrument");
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
    const cal = parseCalendar(res.text);
    expect(cal.events.map((e) => e.uid)).toEqual([busyUid("selfUse"), busyUid("other"), busyUid("cancelled"), `blackout-${ids.blackout}@${HOST}`]);
    expect(cal.byUid(busyUid("other"))).toMatchObject({ summary: "Tabletop SEM: in use", description: "Status: Confirmed", status: "CONFIRMED" });
    expect(cal.byUid(`blackout-${ids.blackout}@${HOST}`)).toMatchObject({ summary: "Maintenance: Tabletop SEM", status: "CONFIRMED" });
  });

  test("institution: every reservation of its instruments, for the admin and the coordinator alike", async () => {
    const admin = await calendar("institution");
    const coordinator = await calendar("coordinator");
    const expected = [uid("selfUse"), uid("pending"), uid("other"), uid("cancelled"), `blackout-${ids.blackout}@${HOST}`];
    expect(admin.events.map((e) => e.uid)).toEqual(expected);
    expect(coordinator.events.map((e) => e.uid)).toEqual(expected);
    expect(admin.byUid(uid("other")).description).toContain("Company: Kitakami Coatings");
  });
});

describe("what calendar clients rely on", () => {
  test("a cancelled reservation stays as CANCELLED (transparent, SEQUENCE bumped) for 30 days, then leaves", async () => {
    const cancelled = (await calendar("institution")).byUid(uid("cancelled"));
    expect(cancelled).toMatchObject({ status: "CANCELLED", sequence: 2, transp: "TRANSPARENT", summary: "[Cancelled] Tabletop SEM — Kitakami Coatings (staff operation)" });
    expect(cancelled.description).toContain("Reason: Sample not ready");
    expect((await calendar("instrument")).byUid(busyUid("cancelled")).status).toBe("CANCELLED");
    const now = t.clock.now();
    try {
      t.clock.advance(29 * DAY);
      expect((await calendar("institution")).events.map((e) => e.uid)).toContain(uid("cancelled"));
      t.clock.advance(2 * DAY);
      const later = await calendar("institution");
      expect(later.events.map((e) => e.uid)).not.toContain(uid("cancelled"));
      expect(later.events.map((e) => e.uid)).toContain(uid("other"));
    } finally {
      t.clock.set(now);
    }
  });

  test("identical bytes for unchanged data, ETag and Last-Modified, and 304 on If-None-Match or If-Modified-Since", async () => {
    const first = await fetchFeed("company");
    const second = await fetchFeed("company");
    expect(second.text).toBe(first.text);
    expect(first.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const etag = first.headers.etag;
    const lastModified = first.headers["last-modified"];
    // supertest asks for gzip like calendar apps do; that encoding has an ETag of its own.
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}-gzip"$/);
    expect(second.headers.etag).toBe(etag);
    // The newest change of any event, or of the feed and its owner (creation, rotation, language) when later.
    expect(new Date(lastModified).getTime()).toBeGreaterThanOrEqual(Math.max(...parseCalendar(first.text).events.map((e) => e.lastModified.getTime())));

    const byEtag = await t.http.get(path(feeds.company)).set("If-None-Match", etag);
    expect(byEtag.status).toBe(304);
    expect(byEtag.text ?? "").toBe("");
    expect((await t.http.get(path(feeds.company)).set("If-Modified-Since", lastModified)).status).toBe(304);
    expect((await t.http.get(path(feeds.company)).set("If-None-Match", '"something-else"')).status).toBe(200);
  });

  test("gzip for clients that accept it, the same calendar as plain text for those that do not, each with its own ETag", async () => {
    const raw = (encoding: string) =>
      t.http
        .get(path(feeds.company))
        .set("Accept-Encoding", encoding)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => done(null, Buffer.concat(chunks)));
        });
    const plain = await raw("identity");
    const compressed = await raw("gzip, deflate");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    for (const res of [plain, compressed]) expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    const text = (plain.body as Buffer).toString("utf8");
    expect(parseCalendar(text).events.length).toBeGreaterThan(0);
    // superagent decodes gzip itself: the same text arrived in a body of a fraction of the size.
    expect((compressed.body as Buffer).toString("utf8")).toBe(text);
    expect(Number(compressed.headers["content-length"])).toBeLessThan(Buffer.byteLength(text) / 2);
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(text));
    expect(plain.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(compressed.headers.etag).toBe(`${plain.headers.etag.slice(0, -1)}-gzip"`);
    expect((await raw("gzip").set("If-None-Match", compressed.headers.etag)).status).toBe(304);
    expect((await raw("identity").set("If-None-Match", plain.headers.etag)).status).toBe(304);
    expect((await raw("identity").set("If-None-Match", compressed.headers.etag)).status).toBe(200);
  });

  test("UIDs stay put and SEQUENCE, DTSTAMP and the ETag move on when a reservation changes (approval)", async () => {
    const before = await fetchFeed("company");
    const pendingBefore = parseCalendar(before.text).byUid(uid("pending"));
    expect(pendingBefore).toMatchObject({ status: "TENTATIVE", sequence: 1 });
    const staffBefore = (await calendar("staff")).byUid(uid("pending"));

    await new Promise((resolve) => setTimeout(resolve, 1100)); // DTSTAMP has one-second resolution
    expect((await t.http.post(`/api/reservations/${ids.pending}/approve`).set(auth("staffA")).send({})).status).toBe(200);

    const after = await fetchFeed("company");
    const cal = parseCalendar(after.text);
    expect(cal.events.map((e) => e.uid).sort()).toEqual(parseCalendar(before.text).events.map((e) => e.uid).sort());
    const pendingAfter = cal.byUid(uid("pending"));
    expect(pendingAfter).toMatchObject({ status: "CONFIRMED", sequence: 2, summary: "TEM (staff operation)" });
    expect(pendingAfter.dtstamp.getTime()).toBeGreaterThan(pendingBefore.dtstamp.getTime());
    expect(cal.byUid(uid("selfUse"))).toEqual(parseCalendar(before.text).byUid(uid("selfUse")));
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await t.http.get(path(feeds.company)).set("If-None-Match", before.headers.etag)).status).toBe(200);
    expect((await t.http.get(path(feeds.company)).set("If-Modified-Since", before.headers["last-modified"])).status).toBe(200);
    expect((await calendar("staff")).byUid(uid("pending")).sequence).toBe(staffBefore.sequence + 1);
  });

  test("changes without a revision reach the feed too (a room move, new time off): rendered feeds are never reused stale", async () => {
    const before = await calendar("institution");
    expect(before.byUid(uid("selfUse")).location).toBe("Aoba Institute of Technology, Building 3, Room 201");
    // Twice within the same second: SQLite's updated_at has one-second resolution, so that alone cannot tell.
    for (const room of ["Room 305", "Room 306"]) {
      await t.db.write((em) => em.getRepository(Instrument).update(sem.id, { room }));
      const moved = await calendar("institution");
      expect(moved.byUid(uid("selfUse")).location).toBe(`Aoba Institute of Technology, Building 3, ${room}`);
      expect((await calendar("instrument")).byUid(busyUid("selfUse")).location).toBe(`Aoba Institute of Technology, Building 3, ${room}`);
    }

    const extra = await t.make.timeOff(staffA.member, at("2027-06-18T09:00"), at("2027-06-18T12:00"));
    expect((await calendar("staff")).events.map((e) => e.uid)).toContain(`staff-time-off-${extra.id}@${HOST}`);
  });

  test("renaming a company or a person reaches the feeds, twice in the same second too", async () => {
    const booker = users.m1;
    for (const [company, person] of [["Aoba Precision Works", "Aoba Engineer (QA)"], ["Aoba Precision", "Aoba Engineer"]]) {
      await t.db.write((em) => em.getRepository(Company).update(booker.companyId!, { name: company }));
      await t.db.write((em) => em.getRepository(User).update(booker.id, { displayName: person }));
      const event = (await calendar("institution")).byUid(uid("selfUse"));
      expect(event.summary).toContain(company);
      expect(event.description).toContain(person);
      expect((await calendar("company")).byUid(uid("selfUse")).description).toContain(person);
    }
  });

  test("two edits of a maintenance window in the same second both reach the feed, each with a higher SEQUENCE", async () => {
    const blackoutUid = `blackout-${ids.blackout}@${HOST}`;
    let sequence = (await calendar("instrument")).byUid(blackoutUid).sequence;
    for (const reason of ["Vacuum pump service", "Vacuum pump and chiller service"]) {
      const res = await t.http.put(`/api/blackouts/${ids.blackout}`).set(auth("adminA")).send({ start: at("2027-06-16T09:00"), end: at("2027-06-16T17:00"), reason });
      expect(res.status).toBe(200);
      const event = (await calendar("instrument")).byUid(blackoutUid);
      expect(event.description).toContain(reason);
      expect(event.sequence).toBeGreaterThan(sequence);
      sequence = event.sequence;
    }
  });

  test("a rejected request shows as CANCELLED", async () => {
    const id = await book("m1", { instrumentId: tem.id, start: at("2027-06-17T10:00"), end: at("2027-06-17T11:00"), purpose: "Dislocations", assistance: { type: "operation" } });
    expect((await t.http.post(`/api/reservations/${id}/reject`).set(auth("adminA")).send({ reason: "Instrument booked for teaching" })).status).toBe(200);
    const event = (await calendar("company")).byUid(`reservation-${id}@${HOST}`);
    expect(event).toMatchObject({ status: "CANCELLED", sequence: 2, summary: "[Rejected] TEM (staff operation)" });
    expect(event.description).toContain("Reason: Instrument booked for teaching");
  });
});

describe("GET /api/reservations/:id/ics", () => {
  test("one event with the feed's UID, as a download, for whoever may see the reservation", async () => {
    const res = await t.http.get(`/api/reservations/${ids.other}/ics`).set(auth("m2"));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(new RegExp(`^attachment; filename="?reservation-${ids.other}\\.ics"?$`));
    const cal = parseCalendar(res.text);
    expect(cal.method).toBe("PUBLISH");
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]).toMatchObject({ uid: uid("other"), status: "CONFIRMED", startZone: "UTC", summary: "Tabletop SEM (staff operation)" });
    expect(cal.events[0].start.toISOString()).toBe(at("2027-06-11T13:00"));
    for (const who of ["staffA", "adminA", "coordinator"]) {
      const seen = await t.http.get(`/api/reservations/${ids.other}/ics`).set(auth(who));
      expect(seen.status).toBe(200);
      expect(parseCalendar(seen.text).events[0].summary).toBe("Tabletop SEM — Kitakami Coatings (staff operation)");
    }
    const ja = await t.http.get(`/api/reservations/${ids.pending}/ics?lang=ja`).set(auth("m1b"));
    expect(parseCalendar(ja.text).events[0].summary).toBe("透過電子顕微鏡（技術代行）");
  });

  test("404 for another company and another institution's staff, 401 without a session, 400 for a bad id", async () => {
    expect((await t.http.get(`/api/reservations/${ids.other}/ics`).set(auth("m1"))).status).toBe(404);
    expect((await t.http.get(`/api/reservations/${ids.other}/ics`).set(auth("staffB"))).status).toBe(404);
    expect((await t.http.get(`/api/reservations/${ids.other}/ics`)).status).toBe(401);
    expect((await t.http.get(`/api/reservations/abc/ics`).set(auth("m1"))).status).toBe(400);
    expect((await t.http.get(`/api/reservations/999999/ics`).set(auth("m1"))).status).toBe(404);
  });
});

test("times stay right across a DST change (Europe/Berlin, end of October 2027)", async () => {
  const berlin = await t.make.institution({ nameEn: "Berlin Lab", timezone: "Europe/Berlin", closedOnNationalHolidays: false });
  const xrd = await t.make.instrument(berlin, { nameEn: "XRD" });
  const admin = await t.make.user({ role: "institution_admin", institutionId: berlin.id });
  tokens.berlinAdmin = await t.login(admin.email);
  const before = await t.make.reservation(xrd, users.m1, at("2027-10-29T10:00", "Europe/Berlin"), at("2027-10-29T12:00", "Europe/Berlin"));
  const after = await t.make.reservation(xrd, users.m1, at("2027-11-01T10:00", "Europe/Berlin"), at("2027-11-01T12:00", "Europe/Berlin"));
  await subscribe("berlin", "berlinAdmin", { kind: "institution" });

  const cal = await calendar("berlin");
  expect(cal.wrTimezone).toBe("Europe/Berlin");
  const summer = cal.byUid(`reservation-${before.id}@${HOST}`);
  const winter = cal.byUid(`reservation-${after.id}@${HOST}`);
  expect([summer.startZone, winter.startZone]).toEqual(["UTC", "UTC"]);
  expect(summer.start.toISOString()).toBe("2027-10-29T08:00:00.000Z"); // CEST, UTC+2
  expect(winter.start.toISOString()).toBe("2027-11-01T09:00:00.000Z"); // CET, UTC+1
  for (const event of [summer, winter]) {
    const local = DateTime.fromJSDate(event.start, { zone: "Europe/Berlin" });
    expect([local.hour, local.minute]).toEqual([10, 0]);
    expect(DateTime.fromJSDate(event.end, { zone: "Europe/Berlin" }).hour).toBe(12);
  }
});
