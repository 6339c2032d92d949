import { ApiError } from "../../../client/src/api/http";
import { apiFieldErrors } from "../../../client/src/lib/form-errors";

describe("apiFieldErrors", () => {
  it("names each field of a 400 once, a guessable password with its own message", () => {
    const error = new ApiError(400, "validation_failed", "password: too easy", {
      issues: [
        { path: "password", message: "too easy", code: "weak_password" },
        { path: "workingHours.mon.0.end", message: "bad", code: "custom" },
      ],
    });
    expect(apiFieldErrors(error)).toEqual({ password: { key: "weakPassword" }, workingHours: { key: "invalid" } });
  });

  it("ignores anything that is not a validation error", () => {
    expect(apiFieldErrors(new ApiError(409, "conflict", "taken"))).toEqual({});
    expect(apiFieldErrors(new Error("boom"))).toEqual({});
  });
});
