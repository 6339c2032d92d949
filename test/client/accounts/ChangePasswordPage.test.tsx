import { fireEvent, screen, within } from "@testing-library/react";
import { renderWithApp } from "../render";
import ChangePasswordPage from "../../../client/src/features/accounts/ChangePasswordPage";
import { validateChangePassword } from "../../../client/src/features/accounts/change-password-form";
import { sessionKeys } from "../../../client/src/api/query-keys";
import type { User } from "../../../shared";

const member: User = { id: 7, email: "aiko@sendai-optics.example", displayName: "Aiko Mori", role: "company_member", locale: "en", companyId: 3, company: { id: 3, name: "Sendai Optics", customerType: "sme", verification: "verified" }, companyRole: "admin", institutionId: null, staffMemberId: null };
const valid = { currentPassword: "the old one", newPassword: "a brand new passphrase", newPasswordConfirm: "a brand new passphrase" };

type Answer = { status: number; body: unknown };

/** jsdom has no fetch: answers POST /api/auth/password as the server does (tested in test/server/passwords.api.test.ts). */
function serve(answer: Answer) {
  const calls: Array<{ path: string; body: unknown }> = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: string, init: RequestInit) => {
      calls.push({ path: url.split("?")[0], body: init.body ? JSON.parse(String(init.body)) : undefined });
      return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
    }),
  });
  return calls;
}

const renderPage = (language: "en" | "ja" = "en") => renderWithApp(<ChangePasswordPage />, { language, prime: (client) => client.setQueryData(sessionKeys.all, member) });

function fillIn(values: typeof valid) {
  fireEvent.change(screen.getByLabelText("Current password"), { target: { value: values.currentPassword } });
  fireEvent.change(screen.getByLabelText("New password"), { target: { value: values.newPassword } });
  fireEvent.change(screen.getByLabelText("Confirm new password"), { target: { value: values.newPasswordConfirm } });
}

describe("validateChangePassword", () => {
  it("builds the request without the confirmation", () => {
    expect(validateChangePassword(valid)).toEqual({ ok: true, data: { currentPassword: "the old one", newPassword: "a brand new passphrase" } });
  });

  it("names each problem: missing, too short, unchanged, not confirmed", () => {
    expect(validateChangePassword({ currentPassword: "", newPassword: "short", newPasswordConfirm: "" })).toEqual({
      ok: false, errors: { currentPassword: { key: "required" }, newPassword: { key: "tooShort", values: { min: 10 } }, newPasswordConfirm: { key: "required" } },
    });
    expect(validateChangePassword({ ...valid, currentPassword: valid.newPassword })).toEqual({ ok: false, errors: { newPassword: { key: "passwordUnchanged" } } });
    expect(validateChangePassword({ ...valid, newPasswordConfirm: "something else" })).toEqual({ ok: false, errors: { newPasswordConfirm: { key: "passwordMismatch" } } });
  });
});

describe("ChangePasswordPage", () => {
  afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

  it("checks the form before sending anything", () => {
    const calls = serve({ status: 500, body: null });
    renderPage();
    fillIn({ ...valid, newPasswordConfirm: "a different passphrase" });
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect(screen.getByText("The passwords do not match.")).toBeTruthy();
    expect(screen.getByLabelText("Confirm new password").getAttribute("aria-invalid")).toBe("true");
    expect(calls).toEqual([]);
  });

  it("sends the change, says other sessions were signed out and clears the fields", async () => {
    const calls = serve({ status: 200, body: { changed: true, otherSessionsEnded: 2 } });
    renderPage();
    fillIn(valid);
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("status")).textContent).toBe("Your password was changed. 2 other sessions (other browsers or devices) were signed out.");
    expect(calls).toEqual([{ path: "/api/auth/password", body: { currentPassword: "the old one", newPassword: "a brand new passphrase" } }]);
    expect((screen.getByLabelText("Current password") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("New password") as HTMLInputElement).value).toBe("");
  });

  it("marks a wrong current password on its field", async () => {
    serve({ status: 422, body: { error: { code: "rule_violation", message: "The current password is wrong", details: { reason: "wrong_password" } } } });
    renderPage();
    fillIn(valid);
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The current password is not right.");
    expect(screen.getByText("This is not your current password.")).toBeTruthy();
    expect(screen.getByLabelText("Current password").getAttribute("aria-invalid")).toBe("true");
  });

  it("says when there were too many attempts", async () => {
    serve({ status: 429, body: { error: { code: "rate_limited", message: "Too many attempts" } } });
    renderPage();
    fillIn(valid);
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Too many attempts. Wait a few minutes and try again.");
  });

  it("speaks Japanese", () => {
    renderPage("ja");
    const form = screen.getByTestId("change-password-form");
    expect(screen.getByRole("heading", { name: "パスワード変更" })).toBeTruthy();
    expect(within(form).getByLabelText("現在のパスワード")).toBeTruthy();
    fireEvent.click(within(form).getByRole("button", { name: "パスワードを変更する" }));
    expect(within(form).getAllByText("入力してください。").length).toBeGreaterThan(0);
  });
});
