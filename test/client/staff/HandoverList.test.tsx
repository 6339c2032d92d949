import { staffKeys } from "../../../client/src/api/query-keys";
import { fireEvent, screen, within } from "@testing-library/react";
import { renderWithApp } from "../render";
import { HandoverList } from "../../../client/src/features/staff/HandoverList";
import { handoverCandidates } from "../../../client/src/features/staff/handover";
import type { ReservationSummary, StaffMember } from "../../../shared";

const FULL = { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }] };
const member = (id: number, name: string, workingHours: StaffMember["workingHours"], active = true): StaffMember => ({
  id, userId: id + 100, institutionId: 1, name, email: `${id}@demo.example`, active, workingHours, instruments: [],
});
const roster = [
  member(1, "Me", FULL),
  member(2, "Watanabe", { mon: [{ start: "13:00", end: "17:00" }] }),
  member(3, "Ito", FULL),
  member(4, "Retired", FULL, false),
];
// Monday 2027-06-07, 10:00–12:00 in Tokyo.
const assignment: ReservationSummary = {
  id: 9, start: "2027-06-07T01:00:00Z", end: "2027-06-07T03:00:00Z", status: "confirmed", instrumentId: 5, instrumentName: "FE-SEM",
  companyId: 2, companyName: "Kitakami Coatings", assistanceType: "operation", assignedStaffId: 1,
};

describe("handover choices", () => {
  it("offers active colleagues other than me, those working then first", () => {
    const candidates = handoverCandidates(roster, 1, assignment, "Asia/Tokyo");
    expect(candidates.map((c) => [c.member.name, c.working])).toEqual([["Ito", true], ["Watanabe", false]]);
  });

  it("reads working hours in the institution's zone", () => {
    // 10:00–12:00 in Tokyo is 03:00–05:00 in Berlin summer time: nobody works then there.
    expect(handoverCandidates(roster, 1, assignment, "Europe/Berlin").every((c) => !c.working)).toBe(true);
  });

  it("lists each assignment with its company and the colleagues to hand it to", () => {
    renderWithApp(<HandoverList assignments={[assignment]} myStaffId={1} zone="Asia/Tokyo" />, {
      prime: (client) => client.setQueryData(staffKeys.supporting(5), roster),
    });
    expect(screen.getByText("1 assignment falls in this time. Hand it over, then try again.")).toBeTruthy();
    const row = screen.getByText("Kitakami Coatings").closest("li")!;
    const select = within(row).getByLabelText("Hand over to") as HTMLSelectElement;
    expect([...select.options].map((o) => [o.textContent, o.disabled])).toEqual([
      ["Whoever is free and qualified", false],
      ["Ito", false],
      ["Watanabe (not working then)", true],
    ]);
    fireEvent.click(within(row).getByRole("button", { name: "Release and tell the company…" }));
    expect(within(row).getByLabelText("Notice to the company")).toBeTruthy();
  });
});
