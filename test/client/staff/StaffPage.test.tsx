import { fireEvent, screen, waitFor, within } from "@testing-library/react";
// First: sets up i18next, which the workspace's texts register with when imported.
import { renderWithApp } from "../render";
import StaffPage from "../../../client/src/features/staff/StaffPage";
import { facilityInstrumentKeys, institutionKeys, sessionKeys, staffKeys } from "../../../client/src/api/query-keys";
import { StaffMemberResponseSchema, type StaffMember, type User } from "../../../shared";

const base = { displayName: "X", locale: "en" as const, company: null, companyId: null, staffMemberId: null, companyRole: null };
const admin: User = { ...base, id: 2, email: "facility-admin@tasu.example", role: "institution_admin", institutionId: 4 };
const coordinator: User = { ...base, id: 3, email: "coordinator@example.org", role: "coordinator", institutionId: null };

const WEEKDAYS_0830 = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "08:30", end: "17:15" }]]));
const sato: StaffMember = {
  id: 1, userId: 11, institutionId: 4, name: "佐藤 健", email: "sato@tasu.example", active: true, workingHours: WEEKDAYS_0830,
  instruments: [{ id: 12, name: "FE-SEM", nameJa: "電界放出形走査電子顕微鏡", nameEn: "FE-SEM" }],
};
const instruments = { items: [{ id: 12, name: "FE-SEM", institutionId: 4 }, { id: 13, name: "X-ray diffractometer", institutionId: 4 }], total: 2, page: 1, pageSize: 100 };

type Answer = { status: number; body: unknown };
type Call = { method: string; path: string; body: unknown };

/**
 * jsdom has no fetch: answer as the server does (its side, including the 409 `email_taken`, is tested in
 * test/server/staff.api.test.ts and passwords.api.test.ts). `post` answers the POST that adds someone, `reset` a
 * password reset; the roster GET that follows returns `roster()`.
 */
function serve(post: (body: Record<string, unknown>) => Answer, roster: () => StaffMember[] = () => [sato], reset?: (body: Record<string, unknown>) => Answer): Call[] {
  const calls: Call[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    const path = url.split("?")[0];
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method: init.method ?? "GET", path, body });
    const answer: Answer = init.method === "POST" && path === "/api/staff-members" ? post(body)
      : init.method === "POST" && reset && /^\/api\/users\/\d+\/password-reset$/.test(path) ? reset(body) : path === "/api/staff-members" ? { status: 200, body: { items: roster() } } : { status: 404, body: { error: { code: "not_found", message: "No route" } } };
    return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
  });
  Object.assign(globalThis, { fetch });
  return calls;
}

function renderPage(user: User, language: "en" | "ja" = "en", roster: StaffMember[] = [sato]) {
  return renderWithApp(<StaffPage />, {
    language,
    prime: (client) => {
      client.setQueryData(sessionKeys.all, user);
      client.setQueryData(institutionKeys.list(language), { items: [{ id: 4, name: "Tohoku Advanced Science University", timezone: "Asia/Tokyo" }] });
      client.setQueryData(staffKeys.roster(language), roster);
      client.setQueryData(facilityInstrumentKeys.list(user.institutionId, false, language), instruments);
    },
  });
}

function fillIn(values: { name: string; email: string }) {
  fireEvent.change(screen.getByLabelText("Full name"), { target: { value: values.name } });
  fireEvent.change(screen.getByLabelText("Email address"), { target: { value: values.email } });
}

describe("StaffPage: adding a staff member", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "fetch");
    Reflect.deleteProperty(navigator, "clipboard");
  });

  it("offers the action to institution admins only: the coordinator has no institution to add people to", () => {
    renderPage(coordinator);
    expect(screen.getByText("佐藤 健")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add staff member" })).toBeNull();
  });

  it("checks required fields with the shared schema before sending anything", () => {
    const calls = serve(() => ({ status: 500, body: null }));
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    const form = screen.getByTestId("add-staff-form");
    expect(document.activeElement).toBe(within(form).getByLabelText("Full name"));
    fireEvent.change(within(form).getByLabelText("Initial password"), { target: { value: "short" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add staff member" }));
    expect(within(form).getAllByText("Required.")).toHaveLength(2);
    expect(within(form).getByLabelText("Full name").getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByLabelText("Email address").getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByText("At least 10 characters.")).toBeTruthy();
    expect(within(form).getByText("Please correct the highlighted fields.")).toBeTruthy();

    fireEvent.change(within(form).getByLabelText("Email address"), { target: { value: "hanako@" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add staff member" }));
    expect(within(form).getByText("Enter a valid email address.")).toBeTruthy();
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("shows an email already in use next to the field and keeps the form open", async () => {
    const calls = serve(() => ({ status: 409, body: { error: { code: "conflict", message: "An account with this email already exists", details: { reason: "email_taken" } } } }));
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    fillIn({ name: "山田 花子", email: "sato@tasu.example" });
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    const form = screen.getByTestId("add-staff-form");
    await within(form).findByText("Another account already uses this email address.");
    expect(within(form).getByLabelText("Email address").getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByRole("alert").textContent).toMatch(/Another account already uses this email address\. Enter a different one/);
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1);
    expect(screen.queryByTestId("staff-credentials")).toBeNull();
  });

  it("says clearly when the server refuses the request as invalid", async () => {
    serve(() => ({ status: 400, body: { error: { code: "validation_failed", message: "displayName: Too big", details: { issues: [{ path: "displayName", message: "Too big", code: "too_big" }] } } } }));
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    fillIn({ name: "山田 花子", email: "hanako@tasu.example" });
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    const form = screen.getByTestId("add-staff-form");
    await within(form).findByText("Check this value.");
    expect(within(form).getByLabelText("Full name").getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByRole("alert").textContent).toBe("Please correct the highlighted fields.");
  });

  it("explains in words when the server cannot be reached (the workspace's texts fall back to the app's)", async () => {
    Object.assign(globalThis, { fetch: jest.fn(async () => Promise.reject(new TypeError("Failed to fetch"))) });
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    fillIn({ name: "山田 花子", email: "hanako@tasu.example" });
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    expect((await within(screen.getByTestId("add-staff-form")).findByRole("alert")).textContent).toBe("The server cannot be reached. Check your connection and try again.");
  });

  it("sends the person, closes the form, shows the initial password once and lists them", async () => {
    let created: StaffMember | null = null;
    const calls = serve(
      (body) => {
        created = { ...sato, id: 2, userId: 12, name: String(body.displayName), email: String(body.email), instruments: [{ id: 13, name: "X-ray diffractometer", nameJa: "X線回折装置", nameEn: "X-ray diffractometer" }] };
        return { status: 201, body: StaffMemberResponseSchema.parse({ staffMember: created }) };
      },
      () => (created ? [sato, created] : [sato]),
    );
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    const form = screen.getByTestId("add-staff-form");
    fillIn({ name: " 山田 花子 ", email: "Hanako.Yamada@TASU.example" });
    fireEvent.change(within(form).getByLabelText("Language"), { target: { value: "en" } });
    fireEvent.click(within(form).getByLabelText("X-ray diffractometer"));
    const password = (within(form).getByLabelText("Initial password") as HTMLInputElement).value;
    fireEvent.click(within(form).getByRole("button", { name: "Add staff member" }));

    const panel = await screen.findByTestId("staff-credentials");
    expect(screen.queryByTestId("add-staff-form")).toBeNull();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({
      displayName: "山田 花子", email: "hanako.yamada@tasu.example", password, locale: "en", instrumentIds: [13], workingHours: WEEKDAYS_0830,
    });
    expect(within(panel).getByRole("heading", { name: "山田 花子 has been added" })).toBeTruthy();
    expect(within(panel).getByText("hanako.yamada@tasu.example")).toBeTruthy();
    expect((within(panel).getByLabelText("Initial password") as HTMLInputElement).value).toBe(password);
    expect(within(panel).getByText(/This is the only time the password is shown/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "Copy password" }));
    await within(panel).findByText("Copied.");
    expect(writeText).toHaveBeenCalledWith(password);

    const fresh = () => screen.getAllByRole("listitem").find((li) => li.textContent?.includes("hanako.yamada@tasu.example"));
    await waitFor(() => expect(fresh()).toBeTruthy());
    expect(within(fresh()!).getByText("New")).toBeTruthy();
    expect(within(fresh()!).getByText(/X-ray diffractometer/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add staff member" })).toBeNull();

    fireEvent.click(within(panel).getByRole("button", { name: "Done, hide the password" }));
    expect(screen.queryByTestId("staff-credentials")).toBeNull();
    expect(screen.queryByDisplayValue(password)).toBeNull();
    expect(screen.getByRole("button", { name: "Add staff member" })).toBeTruthy();
  });

  it("speaks Japanese", () => {
    renderPage(admin, "ja");
    fireEvent.click(screen.getByRole("button", { name: "技術職員を追加" }));
    const form = screen.getByTestId("add-staff-form");
    expect(within(form).getByRole("heading", { name: "技術職員の追加" })).toBeTruthy();
    expect(within(form).getByLabelText("氏名")).toBeTruthy();
    expect(within(form).getByLabelText("初期パスワード")).toBeTruthy();
    fireEvent.click(within(form).getByRole("button", { name: "追加する" }));
    expect(within(form).getAllByText("入力してください。")).toHaveLength(2);
  });
});

describe("StaffPage: resetting a staff member's password", () => {
  const adminAsStaff: StaffMember = { ...sato, id: 5, userId: admin.id, name: "Facility Admin", email: admin.email };
  const noPost = () => ({ status: 500, body: null });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "fetch");
    Reflect.deleteProperty(navigator, "clipboard");
  });
  const row = (name: string) => screen.getAllByRole("listitem").find((li) => li.textContent?.includes(name))!;

  it("is offered to admins on other people's rows, not their own, and never to the coordinator", () => {
    serve(noPost, () => [sato, adminAsStaff]);
    const { unmount } = renderPage(admin, "en", [sato, adminAsStaff]);
    expect(within(row("佐藤 健")).getByRole("button", { name: "Reset password: 佐藤 健" })).toBeTruthy();
    expect(within(row("Facility Admin")).getByRole("button", { name: "Edit" })).toBeTruthy();
    expect(within(row("Facility Admin")).queryByRole("button", { name: /Reset password/ })).toBeNull();
    unmount();
    renderPage(coordinator, "en", [sato, adminAsStaff]);
    expect(screen.queryByRole("button", { name: /Reset password/ })).toBeNull();
  });

  it("checks the password with the shared schema before sending anything", () => {
    const calls = serve(noPost, undefined, () => ({ status: 500, body: null }));
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Reset password: 佐藤 健" }));
    const form = screen.getByTestId("reset-password-form");
    const field = within(form).getByLabelText("Initial password") as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.value).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
    fireEvent.change(field, { target: { value: "short" } });
    fireEvent.click(within(form).getByRole("button", { name: "Set new password" }));
    expect(within(form).getByText("At least 10 characters.")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("sends the new password for the person's account and shows it once, with copy", async () => {
    const calls = serve(noPost, undefined, () => ({ status: 200, body: { userId: sato.userId, sessionsEnded: 2 } }));
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Reset password: 佐藤 健" }));
    const form = screen.getByTestId("reset-password-form");
    fireEvent.click(within(form).getByRole("button", { name: "Generate another" }));
    const password = (within(form).getByLabelText("Initial password") as HTMLInputElement).value;
    fireEvent.click(within(form).getByRole("button", { name: "Set new password" }));

    const panel = await screen.findByTestId("staff-credentials");
    expect(calls.filter((c) => c.method === "POST")).toEqual([{ method: "POST", path: `/api/users/${sato.userId}/password-reset`, body: { password } }]);
    expect(screen.queryByTestId("reset-password-form")).toBeNull();
    expect(within(panel).getByRole("heading", { name: "佐藤 健's password has been reset" })).toBeTruthy();
    expect(within(panel).getByText(/signed out everywhere/)).toBeTruthy();
    expect(within(panel).getByText("sato@tasu.example")).toBeTruthy();
    expect((within(panel).getByLabelText("Initial password") as HTMLInputElement).value).toBe(password);
    fireEvent.click(within(panel).getByRole("button", { name: "Copy password" }));
    await within(panel).findByText("Copied.");
    expect(writeText).toHaveBeenCalledWith(password);
    fireEvent.click(within(panel).getByRole("button", { name: "Done, hide the password" }));
    expect(screen.queryByDisplayValue(password)).toBeNull();
  });

  it("explains a refusal and keeps the form open", async () => {
    serve(noPost, undefined, () => ({ status: 403, body: { error: { code: "forbidden", message: "You cannot reset this person's password" } } }));
    renderPage(admin);
    fireEvent.click(screen.getByRole("button", { name: "Reset password: 佐藤 健" }));
    fireEvent.click(screen.getByRole("button", { name: "Set new password" }));
    const form = screen.getByTestId("reset-password-form");
    expect((await within(form).findByRole("alert")).textContent).toMatch(/You cannot reset this person's password \(only staff accounts/);
    expect(screen.queryByTestId("staff-credentials")).toBeNull();
  });

  it("speaks Japanese", () => {
    serve(noPost);
    renderPage(admin, "ja");
    fireEvent.click(screen.getByRole("button", { name: "パスワード再設定: 佐藤 健" }));
    const form = screen.getByTestId("reset-password-form");
    expect(within(form).getByRole("heading", { name: "佐藤 健 さんの新しいパスワード" })).toBeTruthy();
    expect(within(form).getByRole("button", { name: "新しいパスワードを設定" })).toBeTruthy();
  });
});
