import { screen, within } from "@testing-library/react";
import { renderWithApp } from "../render";
import { auditKeys, institutionKeys, sessionKeys } from "../../../client/src/api/query-keys";
import AuditPage from "../../../client/src/features/audit/AuditPage";
import type { AuditEvent, Institution, User } from "../../../shared";

const institution = (id: number, name: string): Institution => ({
  id, name, nameJa: name, nameEn: name, prefecture: "Miyagi", timezone: "Asia/Tokyo", kind: "university", address: "", addressJa: "", addressEn: "",
  contactEmail: "", contactPhone: "", closedOnNationalHolidays: true, instrumentCount: 1, invoiceIssuerName: "", invoiceRegistrationNumber: "",
});
const user = (role: User["role"], institutionId: number | null): User => ({
  id: 1, email: "x@demo.example", displayName: "X", role, locale: "en", companyId: null, company: null, companyRole: null, institutionId, staffMemberId: null,
});
const event = (id: number, institutionId: number, entityType: string, entityId: number): AuditEvent => ({
  id, at: "2027-06-07T01:00:00.000Z", action: "reservation.cancelled", entityType, entityId, institutionId, companyId: 1, actor: null, reason: null, details: null,
});
const items = [event(1, 1, "reservation", 6), event(2, 2, "instrument", 3)];

function show(who: User, language: "en" | "ja" = "en") {
  renderWithApp(<AuditPage />, {
    language,
    prime: (client) => {
      client.setQueryData(sessionKeys.all, who);
      client.setQueryData(institutionKeys.list(language), { items: [institution(1, "Tohoku Advanced Science University"), institution(2, "Miyagi Technology Centre")] });
      client.setQueryData(auditKeys.page(1, ""), { items, total: 2, page: 1, pageSize: 30 });
    },
  });
}

describe("AuditPage", () => {
  it.each([["en", "Reservation #6"], ["ja", "予約 #6"]] as const)("a booking's event links to the booking (%s)", (language, name) => {
    show(user("coordinator", null), language);
    expect(screen.getByRole("link", { name }).getAttribute("href")).toBe("/reservations/6");
    expect(screen.queryByRole("link", { name: /#3/ })).toBeNull();
  });

  it("the coordinator, who sees several institutions, gets an institution column", () => {
    show(user("coordinator", null));
    expect(screen.getByRole("columnheader", { name: "Institution" })).toBeTruthy();
    const [, first, second] = screen.getAllByRole("row");
    expect(within(first).getByText("Tohoku Advanced Science University")).toBeTruthy();
    expect(within(second).getByText("Miyagi Technology Centre")).toBeTruthy();
  });

  it("staff of one institution do not", () => {
    show(user("staff", 1));
    expect(screen.queryByRole("columnheader", { name: "Institution" })).toBeNull();
  });
});
