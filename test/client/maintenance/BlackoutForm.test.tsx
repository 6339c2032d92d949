import { fireEvent, screen } from "@testing-library/react";
import { renderWithApp } from "../render";
import { serveJson } from "../focus-fixtures";
import { BlackoutForm } from "../../../client/src/features/maintenance/BlackoutForm";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

describe("BlackoutForm: the instrument", () => {
  it("does not default to the whole institution: nothing is chosen, and adding without a choice is refused at the field", () => {
    const calls = serveJson(() => ({ status: 200, body: { reservations: [] } }));
    renderWithApp(<BlackoutForm instruments={[]} zone="Asia/Tokyo" language="en" />);
    const select = screen.getByLabelText("Instrument") as HTMLSelectElement;
    expect(select.value).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Block this time" }));
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(calls.filter((c) => c.startsWith("POST"))).toEqual([]);
  });
});
