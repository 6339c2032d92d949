import { screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { renderWithApp } from "../render";
import { institutionKeys, reservationKeys, sessionKeys } from "../../../client/src/api/query-keys";
import ReservationDetailPage from "../../../client/src/features/reservations/ReservationDetailPage";
import { reservationFixture, serveJson } from "../focus-fixtures";
import type { Reservation, User } from "../../../shared";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

const user = (role: User["role"]): User => ({
  id: 1, email: "x@demo.example", displayName: "X", role, locale: "en", companyId: role === "company_member" ? 1 : null, company: null,
  companyRole: role === "company_member" ? "admin" : null, institutionId: role === "company_member" ? null : 1, staffMemberId: null,
});
/** A booking of a company nobody has verified yet: it waits for that, at a provisional price. */
const unverified = reservationFixture({
  status: "pending", pendingReason: "company_unverified", priceProvisional: true, priceEstimateYen: 17000,
  company: { ...reservationFixture().company, name: "Northern Heavy Industries KK", customerType: "company", verification: "unverified" },
});

function show(reservation: Reservation, role: User["role"], language: "en" | "ja" = "en") {
  serveJson(() => ({ status: 404, body: { error: { code: "not_found", message: "No route" } } }));
  renderWithApp(<Routes><Route path="/reservations/:id" element={<ReservationDetailPage />} /></Routes>, {
    language,
    path: `/reservations/${reservation.id}`,
    prime: (client) => {
      client.setQueryData(sessionKeys.all, user(role));
      client.setQueryData(institutionKeys.list(language), { items: [] });
      client.setQueryData(reservationKeys.detail(reservation.id, language), reservation);
      client.setQueryData(reservationKeys.events(reservation.id), []);
    },
  });
}

describe("ReservationDetailPage: a booking of an unverified company", () => {
  it.each([
    ["en", /¥17,000 \(provisional\)/, /Your customer type has not been verified yet/],
    ["ja", /[¥￥]17,000（暫定）/, /利用者区分はまだ確認されていません/],
  ] as const)("tells the company its price is provisional and what the booking waits for (%s)", (language, price, note) => {
    show(unverified, "company_member", language);
    const facts = screen.getByTestId("reservation-detail");
    expect(facts.textContent).toMatch(price);
    expect(facts.textContent).toMatch(note);
  });

  it("tells the facility's staff whose customer type is unchecked", () => {
    show(unverified, "staff");
    expect(screen.getByTestId("reservation-detail").textContent).toMatch(/Northern Heavy Industries KK's customer type has not been verified yet/);
  });

  it("shows a verified company's price as it is", () => {
    show(reservationFixture({ priceEstimateYen: 17000 }), "company_member");
    const facts = screen.getByTestId("reservation-detail");
    expect(facts.textContent).toMatch(/¥17,000/);
    expect(facts.textContent).not.toMatch(/provisional|verified yet/);
  });
});
