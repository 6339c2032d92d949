import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderWithApp } from "../render";
import LoginPage from "../../../client/src/features/accounts/LoginPage";
import { serveJson } from "../focus-fixtures";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

it("a failed sign-in moves focus to the message, in both languages", async () => {
  for (const [language, text] of [["en", /email or password/i], ["ja", /メールアドレスまたはパスワード/]] as const) {
    serveJson(() => ({ status: 401, body: { error: { code: "unauthenticated", message: "Wrong email or password" } } }));
    const { unmount } = renderWithApp(<LoginPage />, { language });
    fireEvent.change(screen.getByLabelText(language === "en" ? "Email" : "メールアドレス"), { target: { value: "sme@demo.example" } });
    fireEvent.change(screen.getByLabelText(language === "en" ? "Password" : "パスワード"), { target: { value: "not the password" } });
    fireEvent.submit(screen.getByLabelText(language === "en" ? "Email" : "メールアドレス").closest("form")!);
    const message = await screen.findByText(text);
    await waitFor(() => expect(document.activeElement).toBe(message.closest("[tabindex]")));
    unmount();
  }
});
