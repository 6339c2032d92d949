import { fireEvent, screen } from "@testing-library/react";
import SignupPage from "../../../client/src/features/accounts/SignupPage";
import { validateSignup } from "../../../client/src/features/accounts/signup-form";
import { renderWithApp } from "../render";

const valid = { companyName: "Sendai Coatings", contactName: "Aiko Mori", email: "Aiko@Example.com", password: "long-enough-pw", passwordConfirm: "long-enough-pw" };

describe("validateSignup", () => {
  it("builds the sign-up request with the interface language", () => {
    expect(validateSignup(valid, "ja")).toEqual({
      ok: true,
      data: { companyName: "Sendai Coatings", contactName: "Aiko Mori", email: "aiko@example.com", password: "long-enough-pw", customerType: "sme", locale: "ja" },
    });
  });

  it("reports each problem by field", () => {
    const result = validateSignup({ companyName: " ", contactName: "A", email: "not-an-email", password: "short", passwordConfirm: "other" }, "en");
    expect(result).toEqual({
      ok: false,
      errors: {
        companyName: { key: "required" },
        email: { key: "email" },
        password: { key: "tooShort", values: { min: 10 } },
        passwordConfirm: { key: "passwordMismatch" },
      },
    });
  });
});

describe("validateSignup: the confirmation", () => {
  it("an empty confirmation is flagged as required, with the other fields valid or not", () => {
    expect(validateSignup({ ...valid, passwordConfirm: "" }, "en")).toEqual({ ok: false, errors: { passwordConfirm: { key: "required" } } });
    const withOthers = validateSignup({ ...valid, email: "nope", passwordConfirm: "" }, "en");
    expect(withOthers.ok === false && withOthers.errors.passwordConfirm).toEqual({ key: "required" });
  });
});

describe("SignupPage", () => {
  it("shows the validation messages next to the fields", () => {
    renderWithApp(<SignupPage />);
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "nope" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "short" } });
    fireEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(screen.getByText("Enter a valid email address.")).toBeTruthy();
    expect(screen.getByText("At least 10 characters.")).toBeTruthy();
    expect(screen.getAllByText("Required.")).toHaveLength(3);
    expect(screen.getByLabelText("Confirm password").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Company name").getAttribute("aria-invalid")).toBe("true");
  });

  it("is in Japanese when the interface is", () => {
    renderWithApp(<SignupPage />, { language: "ja" });
    expect(screen.getByRole("heading", { name: "企業アカウントの登録" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "登録する" }));
    expect(screen.getAllByText("入力してください。").length).toBeGreaterThan(0);
  });
});
