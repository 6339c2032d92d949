import { at, type TestApp } from "../../helpers/test-app";
import { parseCalendar } from "../../helpers/ical";
import { useWorld, type World, type WorldRole } from "../../helpers/world";
import { assignedConsultation } from "./meeting-world";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);

test("the staff member's calendar feed shows their meetings, then the cancellation; nobody else's feed does", async () => {
  const id = await assignedConsultation(t, w, "Burr formation");
  const feed = (await post("staffA1", "/api/calendar/feeds", { kind: "staff" })).body.feed;
  const colleague = (await post("staffA2", "/api/calendar/feeds", { kind: "staff" })).body.feed;
  const read = async (url: string) => parseCalendar((await t.http.get(new URL(url).pathname)).text);
  const before = (await t.http.get(new URL(feed.url).pathname)).headers.etag;

  const meeting = (await post("staffA1", `/api/consultations/${id}/meetings`, { kind: "visit", start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), note: "Gate 3" })).body.meeting;
  const uid = (calendar: Awaited<ReturnType<typeof read>>) => calendar.events.find((e) => e.uid.startsWith(`consultation-meeting-${meeting.id}@`));
  const shown = uid(await read(feed.url));
  expect(shown).toMatchObject({ status: "CONFIRMED", summary: "Consultation visit: Burr formation", transp: "OPAQUE", start: new Date(at("2027-06-09T10:00")) });
  expect(shown?.description).toContain("Gate 3");
  expect((await t.http.get(new URL(feed.url).pathname)).headers.etag).not.toBe(before);
  expect(uid(await read(colleague.url))).toBeUndefined();

  await post("staffA1", `/api/consultations/${id}/meetings/${meeting.id}/cancel`);
  expect(uid(await read(feed.url))).toMatchObject({ status: "CANCELLED", sequence: 1, transp: "TRANSPARENT" });
});
