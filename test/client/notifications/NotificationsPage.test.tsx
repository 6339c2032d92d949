import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderWithApp } from "../render";
import NotificationsPage from "../../../client/src/features/notifications/NotificationsPage";
import { NotificationBell } from "../../../client/src/features/notifications";
import type { NotificationItem } from "../../../shared";

const approved: NotificationItem = {
  id: 2, kind: "booking_approved", title: "Booking approved: Electron microscope, Wed, 9 Jun 2027, 10:00–12:00 JST",
  body: "Your booking of Electron microscope (Test University) was approved.", reservationId: 7, createdAt: "2027-06-07T01:00:00.000Z", readAt: null,
};
const pending: NotificationItem = { ...approved, id: 1, kind: "booking_pending", title: "Booking received, awaiting approval: Electron microscope", readAt: "2027-06-07T00:30:00.000Z" };

/** jsdom has no fetch: an inbox of two, one unread, as the server answers (the server side is tested in test/server/notifications). */
function serve() {
  const items = [approved, pending].map((n) => ({ ...n }));
  const calls: string[] = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: string, init: RequestInit) => {
      const [path, search] = url.split("?");
      const query = new URLSearchParams(search);
      calls.push(`${init.method ?? "GET"} ${path}`);
      if (/\/read$/.test(path)) for (const n of items) if (n.id === Number(path.split("/")[3])) n.readAt = "2027-06-07T02:00:00.000Z";
      if (path.endsWith("/read-all")) for (const n of items) n.readAt ??= "2027-06-07T02:00:00.000Z";
      const shown = query.get("unread") === "true" ? items.filter((n) => !n.readAt) : items;
      const unread = items.filter((n) => !n.readAt).length;
      const body = path === "/api/notifications"
        ? { items: shown, unread, total: shown.length, page: 1, pageSize: Number(query.get("pageSize") ?? 20) }
        : path.endsWith("/read-all") ? { unread: 0 } : { notification: items[0], unread };
      return { ok: true, status: 200, json: async () => body };
    }),
  });
  return calls;
}

test("the bell shows the unread count and links to the inbox, in both languages", async () => {
  serve();
  const { unmount } = renderWithApp(<NotificationBell />);
  const bell = await screen.findByRole("link", { name: "Notifications: 1 unread" });
  expect(bell.getAttribute("href")).toBe("/notifications");
  expect(within(bell).getByText("1")).toBeTruthy();
  unmount();
  renderWithApp(<NotificationBell />, { language: "ja" });
  expect(await screen.findByRole("link", { name: "お知らせ：未読 1 件" })).toBeTruthy();
});

test("the inbox lists newest first, marks one read, and filters unread", async () => {
  const calls = serve();
  renderWithApp(<NotificationsPage />, { path: "/notifications" });
  const list = await screen.findByTestId("notifications");
  expect(within(list).getAllByRole("listitem").map((li) => li.querySelector("strong")?.textContent)).toEqual([approved.title, pending.title]);
  expect(within(list).getAllByText("Reservation no. 7", { exact: false })).toHaveLength(2);
  fireEvent.click(within(list).getByRole("button", { name: "Mark as read" }));
  await waitFor(() => expect(calls).toContain("POST /api/notifications/2/read"));
  await waitFor(() => expect(within(screen.getByTestId("notifications")).queryByRole("button", { name: "Mark as read" })).toBeNull());
  fireEvent.click(screen.getByRole("checkbox", { name: /Unread only/ }));
  expect(await screen.findByText("Nothing unread.")).toBeTruthy();
});

test("in Japanese", async () => {
  serve();
  renderWithApp(<NotificationsPage />, { language: "ja", path: "/notifications" });
  expect(await screen.findByRole("heading", { name: "お知らせ" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "すべて既読にする" })).toBeTruthy();
});
