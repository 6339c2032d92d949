import { screen } from "@testing-library/react";
import { renderWithApp } from "../render";
import { institutionKeys, sessionKeys } from "../../../client/src/api/query-keys";
import InstitutionsPage from "../../../client/src/features/organisations/InstitutionsPage";
import type { Institution, User } from "../../../shared";

const institution = (id: number, name: string): Institution => ({
  id, name, nameJa: name, nameEn: name, prefecture: "Miyagi", timezone: "Asia/Tokyo", kind: "university", address: "", addressJa: "", addressEn: "",
  contactEmail: "", contactPhone: "", closedOnNationalHolidays: true, instrumentCount: 4, invoiceIssuerName: "", invoiceRegistrationNumber: "",
});
const coordinator: User = {
  id: 1, email: "coordinator@demo.example", displayName: "C", role: "coordinator", locale: "en", companyId: null, company: null, companyRole: null, institutionId: null, staffMemberId: null,
};

describe("InstitutionsPage", () => {
  // The workspace has already read the institutions (names and zones) when the coordinator opens the list from its
  // menu: the list is that same cached answer, not a second shape under the same key.
  it.each([["en", "Institutions"], ["ja", "参加機関"]] as const)("lists the institutions the workspace has already loaded (%s)", (language, title) => {
    renderWithApp(<InstitutionsPage />, {
      language,
      prime: (client) => {
        client.setQueryData(sessionKeys.all, coordinator);
        client.setQueryData(institutionKeys.list(language), { items: [institution(1, "Tohoku Advanced Science University"), institution(2, "Miyagi Technology Centre")] });
      },
    });
    expect(screen.getByRole("heading", { level: 1, name: title })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Tohoku Advanced Science University" }).getAttribute("href")).toBe("/workspace/institutions/1");
    expect(screen.getByRole("link", { name: "Miyagi Technology Centre" }).getAttribute("href")).toBe("/workspace/institutions/2");
  });
});
