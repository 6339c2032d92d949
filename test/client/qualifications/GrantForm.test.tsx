import { fireEvent, screen } from "@testing-library/react";
import { renderWithApp } from "../render";
import { serveJson } from "../focus-fixtures";
import { GrantForm } from "../../../client/src/features/qualifications/GrantForm";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

describe("GrantForm", () => {
  it("a mistyped e-mail is named at the e-mail field, not as a generic 'not found'", async () => {
    const calls = serveJson(() => ({ status: 404, body: { error: { code: "not_found", message: "User not found" } } }));
    renderWithApp(<GrantForm instruments={[{ id: 3, name: "Tabletop SEM" }]} zone="Asia/Tokyo" />, { language: "en" });
    fireEvent.change(screen.getByRole("textbox", { name: /e-?mail/i }), { target: { value: "tanaka@aoba.example" } });
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "3" } });
    fireEvent.submit(screen.getByRole("button", { name: /grant/i }).closest("form")!);
    const message = await screen.findByText(/No account has this e-mail address/);
    expect(message.closest(".field")?.querySelector("input")?.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByText(/User not found/)).toBeNull();
    expect(calls).toContain("POST /api/qualifications");
  });
});
