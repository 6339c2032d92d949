import { screen } from "@testing-library/react";
import { renderWithApp } from "../render";
import { reservationFixture } from "../focus-fixtures";
import { ReservationDetails } from "../../../client/src/features/staff/ReservationDetails";

describe("ReservationDetails", () => {
  it.each([
    ["en", "None declared"],
    ["ja", "申告なし"],
  ] as const)("a sample declared harmless reads as words, not the stored value (%s)", async (language, words) => {
    renderWithApp(<ReservationDetails reservation={reservationFixture({ hazardDeclaration: "none" })} zone="Asia/Tokyo" writable={false} />, { language });
    expect(await screen.findByText(words)).toBeTruthy();
    expect(screen.queryByText("none")).toBeNull();
  });

  it("a declared hazard is shown as the company wrote it", async () => {
    renderWithApp(<ReservationDetails reservation={reservationFixture({ hazardDeclaration: "Contains 5 % HF" })} zone="Asia/Tokyo" writable={false} />, { language: "en" });
    expect(await screen.findByText("Contains 5 % HF")).toBeTruthy();
  });
});

describe("ReservationDetails: who booked", () => {
  it.each([
    ["en", "Booked by", "Company contact", "Phone"],
    ["ja", "予約者", "企業の連絡先", "電話"],
  ] as const)("staff see the booker's name and e-mail and the company's contact and phone (%s)", async (language, booker, contact, phone) => {
    renderWithApp(<ReservationDetails reservation={reservationFixture()} zone="Asia/Tokyo" writable={false} />, { language });
    const who = await screen.findByTestId("booker");
    expect(who.textContent).toContain(booker);
    expect(who.textContent).toContain("Ken Sato");
    expect(screen.getByRole("link", { name: "ken@aoba.example" }).getAttribute("href")).toBe("mailto:ken@aoba.example");
    const company = screen.getByTestId("company-contact");
    expect(company.textContent).toContain(contact);
    expect(company.textContent).toContain("Aoba Precision");
    expect(company.textContent).toContain(phone);
    expect(screen.getByRole("link", { name: "022-000-5100" }).getAttribute("href")).toBe("tel:0220005100");
  });

  it("no phone line when the company gave none", async () => {
    const r = reservationFixture();
    renderWithApp(<ReservationDetails reservation={{ ...r, company: { ...r.company, contactPhone: "" } }} zone="Asia/Tokyo" writable={false} />, { language: "en" });
    expect((await screen.findByTestId("company-contact")).textContent).not.toContain("Phone");
  });
});
