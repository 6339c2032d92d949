import { checkDigitOf, isCorporateNumber, isRegistrationNumber } from "../../shared/rules/corporate-number";

describe("corporate numbers and registration numbers", () => {
  it("accepts published numbers", () => {
    expect(isCorporateNumber("7000012050002")).toBe(true); // 国税庁
    expect(isCorporateNumber("1180301018771")).toBe(true); // トヨタ自動車
    expect(isRegistrationNumber("T7000012050002")).toBe(true);
  });

  it("refuses a wrong check digit, the wrong length and stray characters", () => {
    expect(isCorporateNumber("8000012050002")).toBe(false);
    expect(isCorporateNumber("700001205000")).toBe(false);
    expect(isCorporateNumber("70000120500021")).toBe(false);
    expect(isCorporateNumber("7000-12050002")).toBe(false);
    expect(isRegistrationNumber("7000012050002")).toBe(false);
    expect(isRegistrationNumber("t7000012050002")).toBe(false);
    expect(isRegistrationNumber("T8000012050002")).toBe(false);
  });

  it("computes the check digit of every twelve-digit base into 1..9", () => {
    for (const base of ["000000000000", "999999999999", "123456789012"]) {
      const digit = checkDigitOf(base);
      expect(digit).toBeGreaterThanOrEqual(1);
      expect(digit).toBeLessThanOrEqual(9);
      expect(isCorporateNumber(`${digit}${base}`)).toBe(true);
    }
  });
});
