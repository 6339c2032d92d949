import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useLocation } from "react-router";
// First: sets up i18next, which the workspace's texts register with when imported.
import { renderWithApp } from "../render";
import AccountsPage from "../../../client/src/features/accounts/AccountsPage";
import { sessionKeys } from "../../../client/src/api/query-keys";
import { AccountListResponseSchema, type Account, type User } from "../../../shared";

const base = { displayName: "X", locale: "en" as const, company: null, companyId: null, staffMemberId: null, companyRole: null };
const coordinator: User = { ...base, id: 3, email: "coordinator@example.org", role: "coordinator", institutionId: null };
const admin: User = { ...base, id: 2, email: "facility-admin@tasu.example", role: "institution_admin", institutionId: 4 };

const tanaka: Account = {
  id: 21, displayName: "田中 花子", email: "h.tanaka@hoshino.example", role: "company_member", company: { id: 7, name: "Hoshino Optics" }, institution: null,
  active: true, lastLoginAt: "2027-06-01T01:30:00.000Z", canResetPassword: true,
};
const jiro: Account = { ...tanaka, id: 22, displayName: "田中 次郎", email: "jiro@hoshino.example", active: false, lastLoginAt: null };
const otherCoordinator: Account = { ...tanaka, id: 23, displayName: "Tanaka Coordinator", email: "tanaka@example.org", role: "coordinator", company: null, canResetPassword: false };
const sato: Account = {
  ...tanaka, id: 24, displayName: "佐藤 健", email: "sato@tasu.example", role: "staff", company: null, institution: { id: 4, name: "Tohoku Advanced Science University" },
};

type Call = { method: string; path: string; query: URLSearchParams; body: unknown };

/**
 * jsdom has no fetch: answer as the server does (its side — search, filters, paging, who sees whom — is tested in
 * test/server/accounts.api.test.ts). `directory` answers GET /api/users, a reset gets `reset`.
 */
function serve(directory: (query: URLSearchParams) => { items: Account[]; total: number }, reset: () => { status: number; body: unknown } = () => ({ status: 500, body: null })): Call[] {
  const calls: Call[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    const [path, search] = url.split("?");
    const query = new URLSearchParams(search);
    calls.push({ method: init.method ?? "GET", path, query, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const answer = path === "/api/users" && (init.method ?? "GET") === "GET"
      ? { status: 200, body: AccountListResponseSchema.parse({ ...directory(query), page: Number(query.get("page")), pageSize: Number(query.get("pageSize")) }) }
      : /^\/api\/users\/\d+\/password-reset$/.test(path) ? reset() : { status: 404, body: { error: { code: "not_found", message: "No route" } } };
    return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
  });
  Object.assign(globalThis, { fetch });
  return calls;
}

function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.search}</div>;
}

function renderPage(user: User, options: { language?: "en" | "ja"; path?: string } = {}) {
  const language = options.language ?? "en";
  return renderWithApp(<><AccountsPage /><Address /></>, {
    language,
    path: options.path ?? "/workspace/accounts",
    prime: (client) => {
      client.setQueryData(sessionKeys.all, user);
      client.setQueryData(["institutions", language], { items: [{ id: 4, name: "Tohoku Advanced Science University", timezone: "Asia/Tokyo" }] });
    },
  });
}

/** The directory requests' parameters, without the language every request carries. */
const directoryCalls = (calls: Call[]) => calls.filter((c) => c.path === "/api/users").map((c) => {
  const { lang: _language, ...query } = Object.fromEntries(c.query);
  return query;
});
const row = (name: string) => screen.getAllByRole("row").find((tr) => tr.textContent?.includes(name))!;

afterEach(() => {
  Reflect.deleteProperty(globalThis, "fetch");
  Reflect.deleteProperty(navigator, "clipboard");
});

describe("AccountsPage: finding an account", () => {
  it("searches with the words and role in the address, and lists name, email, role, company, state and last sign-in", async () => {
    const calls = serve(() => ({ items: [tanaka, jiro], total: 2 }));
    renderPage(coordinator, { path: "/workspace/accounts?q=tanaka&role=company_member" });
    await screen.findByText("田中 花子");
    expect(directoryCalls(calls)).toEqual([{ q: "tanaka", role: "company_member", page: "1", pageSize: "25" }]);
    expect((screen.getByLabelText("Find an account") as HTMLInputElement).value).toBe("tanaka");
    expect((screen.getByLabelText("Role") as HTMLSelectElement).value).toBe("company_member");
    expect(screen.getByRole("status").textContent).toBe("2 accounts");
    expect(within(row("田中 花子")).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "田中 花子 ", "h.tanaka@hoshino.example", "Company member", "Hoshino Optics", "Tue, Jun 1, 2027 10:30 AM", "Reset password",
    ]);
    expect(within(row("田中 次郎")).getByText("Inactive")).toBeTruthy();
    expect(within(row("田中 次郎")).getByText("Never")).toBeTruthy();
  });

  it("puts a new search and role in the address and starts again from page 1", async () => {
    const calls = serve((query) => ({ items: query.get("role") === "staff" ? [sato] : [tanaka], total: 60 }));
    renderPage(coordinator, { path: "/workspace/accounts?page=2" });
    await screen.findByText("田中 花子");
    fireEvent.change(screen.getByLabelText("Find an account"), { target: { value: "  hoshino  " } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(screen.getByTestId("address").textContent).toBe("?q=hoshino"));
    fireEvent.change(screen.getByLabelText("Role"), { target: { value: "staff" } });
    await screen.findByText("佐藤 健");
    expect(screen.getByTestId("address").textContent).toBe("?q=hoshino&role=staff");
    fireEvent.click(screen.getByRole("button", { name: "Page 3" }));
    await waitFor(() => expect(screen.getByTestId("address").textContent).toBe("?q=hoshino&role=staff&page=3"));
    await waitFor(() => expect(directoryCalls(calls)).toHaveLength(4));
    expect(directoryCalls(calls)).toEqual([
      { page: "2", pageSize: "25" },
      { q: "hoshino", page: "1", pageSize: "25" },
      { q: "hoshino", role: "staff", page: "1", pageSize: "25" },
      { q: "hoshino", role: "staff", page: "3", pageSize: "25" },
    ]);
  });

  it("keeps the last answer on screen, dimmed and marked busy, until the new search answers", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    serve((query) => (query.get("q") === "sato" ? { items: [sato], total: 1 } : { items: [tanaka, jiro], total: 2 }));
    const answer = globalThis.fetch as jest.Mock;
    const plain = answer.getMockImplementation()!;
    answer.mockImplementation(async (url: string, init: RequestInit) => {
      if (url.includes("q=sato")) await held;
      return plain(url, init);
    });
    renderPage(coordinator);
    await screen.findByText("田中 花子");
    const results = screen.getByTestId("accounts").closest(".results")!;
    expect(results.getAttribute("aria-busy")).toBe("false");
    fireEvent.change(screen.getByLabelText("Find an account"), { target: { value: "sato" } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(results.getAttribute("aria-busy")).toBe("true"));
    expect(screen.getByRole("status").textContent).toBe("Searching…");
    expect(screen.getByText("田中 花子")).toBeTruthy();
    release();
    await screen.findByText("佐藤 健");
    expect(results.getAttribute("aria-busy")).toBe("false");
    expect(screen.getByRole("status").textContent).toBe("1 account");
    expect(screen.queryByText("田中 花子")).toBeNull();
  });

  it("says when nothing matches", async () => {
    serve(() => ({ items: [], total: 0 }));
    renderPage(coordinator, { path: "/workspace/accounts?q=nobody" });
    expect(await screen.findByText(/No accounts match/)).toBeTruthy();
    expect(screen.queryByTestId("accounts")).toBeNull();
  });

  it("offers an institution admin the roles of their own institution only", async () => {
    serve(() => ({ items: [sato], total: 1 }));
    renderPage(admin);
    await screen.findByText("佐藤 健");
    expect(screen.getByText(/Your institution's technical staff and administrators/)).toBeTruthy();
    expect(within(screen.getByLabelText("Role")).getAllByRole("option").map((o) => o.textContent)).toEqual(["All roles", "Technical staff", "Institution admins"]);
    expect(within(row("佐藤 健")).getByText("Tohoku Advanced Science University")).toBeTruthy();
  });

  it("speaks Japanese", async () => {
    serve(() => ({ items: [tanaka, jiro], total: 2 }));
    renderPage(coordinator, { language: "ja" });
    await screen.findByText("田中 花子");
    expect(screen.getByRole("heading", { name: "アカウント" })).toBeTruthy();
    expect(screen.getByLabelText("アカウントを探す")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 件");
    expect(within(row("田中 次郎")).getByText("停止中")).toBeTruthy();
    expect(within(row("田中 次郎")).getByText("未ログイン")).toBeTruthy();
    expect(within(row("田中 花子")).getByRole("button", { name: "パスワード再設定: 田中 花子" })).toBeTruthy();
  });
});

describe("AccountsPage: resetting a password", () => {
  it("is offered only on active accounts the server says the caller may reset", async () => {
    serve(() => ({ items: [tanaka, jiro, otherCoordinator], total: 3 }));
    renderPage(coordinator);
    await screen.findByText("田中 花子");
    expect(within(row("田中 花子")).getByRole("button", { name: "Reset password: 田中 花子" })).toBeTruthy();
    expect(within(row("田中 次郎")).queryByRole("button")).toBeNull();
    expect(within(row("Tanaka Coordinator")).queryByRole("button")).toBeNull();
  });

  it("sends a generated password for the account and shows it once, with copy", async () => {
    const calls = serve(() => ({ items: [tanaka], total: 1 }), () => ({ status: 200, body: { userId: tanaka.id, sessionsEnded: 1 } }));
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderPage(coordinator);
    fireEvent.click(await screen.findByRole("button", { name: "Reset password: 田中 花子" }));
    const form = screen.getByTestId("reset-password-form");
    expect(within(form).getByRole("heading", { name: "New password for 田中 花子" })).toBeTruthy();
    const field = within(form).getByLabelText("Initial password") as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.value).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
    fireEvent.click(within(form).getByRole("button", { name: "Set new password" }));

    const panel = await screen.findByTestId("staff-credentials");
    expect(calls.filter((c) => c.method === "POST").map(({ path, body }) => ({ path, body }))).toEqual([{ path: `/api/users/${tanaka.id}/password-reset`, body: { password: field.value } }]);
    expect(screen.queryByTestId("reset-password-form")).toBeNull();
    expect(within(panel).getByRole("heading", { name: "田中 花子's password has been reset" })).toBeTruthy();
    expect(within(panel).getByText("h.tanaka@hoshino.example")).toBeTruthy();
    expect((within(panel).getByLabelText("Initial password") as HTMLInputElement).value).toBe(field.value);
    fireEvent.click(within(panel).getByRole("button", { name: "Copy password" }));
    await within(panel).findByText("Copied.");
    expect(writeText).toHaveBeenCalledWith(field.value);
    fireEvent.click(within(panel).getByRole("button", { name: "Done, hide the password" }));
    expect(screen.queryByTestId("staff-credentials")).toBeNull();
  });

  it("explains a refusal to the coordinator in their terms and keeps the form open", async () => {
    serve(() => ({ items: [tanaka], total: 1 }), () => ({ status: 403, body: { error: { code: "forbidden", message: "You cannot reset this person's password" } } }));
    renderPage(coordinator);
    fireEvent.click(await screen.findByRole("button", { name: "Reset password: 田中 花子" }));
    fireEvent.click(screen.getByRole("button", { name: "Set new password" }));
    const form = screen.getByTestId("reset-password-form");
    expect((await within(form).findByRole("alert")).textContent).toMatch(/another coordinator's account/);
    fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByTestId("reset-password-form")).toBeNull();
  });
});
