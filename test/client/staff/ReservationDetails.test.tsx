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
