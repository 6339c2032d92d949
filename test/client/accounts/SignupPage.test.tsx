import { fireEvent, screen } from "@testing-library/react";
import SignupPage from "../../../client/src/features/accounts/SignupPage";
import { validateSignup } from "../../../client/src/features/accounts/signup-form";
import { renderWithApp } from "../render";

const facts = { customerType: "", sector: "", employees: "", capitalYen: "", corporateNumber: "", acceptTerms: false };
const valid = {
  companyName: "Sendai Coatings", contactName: "Aiko Mori", email: "Aiko@Example.com", password: "long-enough-pw", passwordConfirm: "long-enough-pw",
  ...facts, customerType: "company", sector: "manufacturing", employees: "1,200", capitalYen: "", corporateNumber: "1370-0010-12345",
};

describe("validateSignup", () => {
  it("builds the sign-up request with the interface language", () => {
    expect(validateSignup(valid, "ja")).toEqual({
      ok: true,
      data: {
        companyName: "Sendai Coatings", contactName: "Aiko Mori", email: "aiko@example.com", password: "long-enough-pw", customerType: "company", locale: "ja",
        sector: "manufacturing", employees: 1200, capitalYen: null, corporateNumber: "1370001012345",
      },
    });
  });

  it("needs the terms in force accepted once there are some, and says which version", () => {
    expect(validateSignup(valid, "en", 3)).toEqual({ ok: false, errors: { acceptTerms: { key: "required" } } });
    const accepted = validateSignup({ ...valid, acceptTerms: true }, "en", 3);
    expect(accepted.ok && accepted.data.acceptedTermsVersion).toBe(3);
  });

  it("reports each problem by field", () => {
    const result = validateSignup({ ...facts, companyName: " ", contactName: "A", email: "not-an-email", password: "short", passwordConfirm: "other", corporateNumber: "123" }, "en");
    expect(result).toEqual({
      ok: false,
      errors: {
        companyName: { key: "required" },
        customerType: { key: "required" },
        corporateNumber: { key: "invalid" },
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
    expect(screen.getAllByText("Required.")).toHaveLength(4); // names, the customer type (nothing is assumed) and the empty confirmation
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
