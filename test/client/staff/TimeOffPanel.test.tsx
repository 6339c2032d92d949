import { fireEvent, screen, waitFor, within } from "@testing-library/react";
// First: sets up i18next, which the workspace's texts register with when imported.
import { renderWithApp } from "../render";
import { TimeOffPanel } from "../../../client/src/features/staff/TimeOffPanel";
import type { TimeOff } from "../../../shared";

const DAY = 86_400_000;
const far = (days: number): TimeOff => {
  const start = new Date(Date.UTC(2030, 0, 1) + days * DAY - 9 * 3_600_000).toISOString();
  return { id: days, staffMemberId: 1, start, end: new Date(Date.parse(start) + DAY).toISOString(), reason: days === 200 ? "Conference" : "" };
};

/** Answers as the server does: a window over 62 days is a 400; scope=upcoming pages through `rows`. */
function serve(rows: TimeOff[]) {
  const calls: string[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    const method = init.method ?? "GET";
    const { pathname, searchParams: query } = new URL(url, "http://x");
    calls.push(`${method} ${pathname}${query.has("from") ? "?from" : ""}`);
    let answer: { status: number; body: unknown } = { status: 404, body: { error: { code: "not_found", message: "No route" } } };
    if (method === "DELETE") {
      rows = rows.filter((r) => `/api/staff-members/1/time-off/${r.id}` !== pathname);
      answer = { status: 204, body: null };
    } else if (query.get("scope") === "upcoming" && !query.get("from")) {
      const page = Number(query.get("page") ?? 1), size = Number(query.get("pageSize") ?? 20);
      answer = { status: 200, body: { items: rows.slice((page - 1) * size, page * size), total: rows.length, page, pageSize: size } };
    } else if (query.get("from") && Date.parse(query.get("to")!) - Date.parse(query.get("from")!) > 62 * DAY) {
      answer = { status: 400, body: { error: { code: "validation_failed", message: "at most 62 days per request" } } };
    }
    return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
  });
  Object.assign(globalThis, { fetch });
  return calls;
}

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

test("lists upcoming time off beyond 62 days, with more on request, and deletes one once confirmed", async () => {
  const calls = serve([far(10), far(200), ...Array.from({ length: 20 }, (_, i) => far(300 + i))]);
  renderWithApp(<TimeOffPanel staffId={1} zone="Asia/Tokyo" />);
  const list = await screen.findByRole("list", { name: "Upcoming time off" });
  expect(await within(list).findAllByRole("listitem")).toHaveLength(20);
  expect(within(list).getByText(/Conference/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Show more" }));
  await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(22));

  fireEvent.click(within(list).getByRole("button", { name: /Delete.*Jan 11, 2030/ }));
  expect(calls.some((c) => c.startsWith("DELETE"))).toBe(false);
  const dialog = screen.getByRole("dialog", { name: /Delete your time off .*Jan 11, 2030/ });
  fireEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
  await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(21));
  expect(calls).toContain("DELETE /api/staff-members/1/time-off/10");
  expect(calls.every((c) => !c.includes("?from"))).toBe(true);
});

test("says so when nothing is planned, in Japanese too", async () => {
  serve([]);
  renderWithApp(<TimeOffPanel staffId={1} zone="Asia/Tokyo" />, { language: "ja" });
  expect(await screen.findByText("予定された休暇はありません。")).toBeTruthy();
});
