import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import { clickSlot, consecutiveFree, nextWeekSlots, type FreeSlot } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(3);

async function instrumentId(nameEn: string): Promise<number> {
  const res = await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`);
  const { items } = (await res.json()) as { items: { id: number; nameEn: string }[] };
  const found = items.find((i) => i.nameEn === nameEn);
  if (!found) throw new Error(`no instrument ${nameEn}`);
  return found.id;
}

interface Booked { id: number; status: string; start: string; end: string }

/** A company books through the API, as another e2e.browser tab would. */
async function book(token: string, instrument: number, run: FreeSlot[], purpose: string, assistance = "operation"): Promise<Booked> {
  const res = await fetch(`${e2e.server.url}/api/reservations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ instrumentId: instrument, start: run[0].start, end: run[run.length - 1].end, purpose, sampleDescription: "Five polished cross-sections", assistance: { type: assistance } }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { reservation: Booked }).reservation;
}

async function reservation(token: string, id: number): Promise<Booked & { cancellationReason: string | null }> {
  const res = await fetch(`${e2e.server.url}/api/reservations/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { reservation: Booked & { cancellationReason: string | null } }).reservation;
}

describe("staff and facility workspace", () => {
  test("staff sees a company's new booking in their schedule and approves a pending one", async () => {
    const company = await apiLogin(e2e.server.url, "sme2@demo.example");
    const fesem = await instrumentId("Field-emission scanning electron microscope (FE-SEM)");
    const booked = await book(company, fesem, consecutiveFree(await nextWeekSlots(e2e.server.url, fesem), 3, 10), "Cross-section of a zinc-nickel coating");
    const tem = await instrumentId("Transmission electron microscope (TEM)");
    const pending = await book(company, tem, consecutiveFree(await nextWeekSlots(e2e.server.url, tem), 2, 14), "Lattice imaging of oxide nanoparticles");
    assert.equal(pending.status, "pending");

    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "staff@demo.example");
    await page.getByRole("link", { name: "Workspace" }).click();
    await page.getByRole("heading", { level: 1, name: "My schedule" }).waitFor();
    await page.getByRole("button", { name: /Next week/ }).click();
    const event = page.locator(".sched-item").filter({ hasText: "Kitakami Coatings Ltd." }).filter({ hasText: "Field-emission" });
    await event.waitFor();
    await event.click();
    const details = page.getByTestId("reservation-details");
    await details.getByText("Cross-section of a zinc-nickel coating").waitFor();
    await details.getByText("Five polished cross-sections").waitFor();
    assert.match(await details.textContent() ?? "", new RegExp(DateTime.fromISO(booked.start, { zone: "Asia/Tokyo" }).toFormat("h:mm")));
    await screenshot(page, "en-staff-schedule");

    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: "担当スケジュール" }).waitFor();
    await page.locator(".sched-item").first().waitFor();
    await screenshot(page, "ja-staff-schedule");
    await page.getByRole("button", { name: "English" }).click();

    await page.getByRole("link", { name: "Approvals & sessions" }).click();
    const card = page.getByTestId("reservation-details").filter({ hasText: "Lattice imaging of oxide nanoparticles" });
    await card.getByText("Pending approval").waitFor();
    await card.getByRole("button", { name: "Approve" }).click();
    await page.getByText("Approved Kitakami Coatings Ltd. on Transmission electron microscope (TEM); the company has been told.").waitFor();
    assert.equal((await reservation(company, pending.id)).status, "confirmed");

    // Time off over the FE-SEM assignment is refused with it listed; handed over, the time off goes in.
    const refusedTimeOff: string[] = [];
    page.on("response", (res) => { if (res.url().includes("/time-off") && res.status() === 400) refusedTimeOff.push(res.url()); });
    await page.getByRole("link", { name: "Hours & time off" }).click();
    await page.getByRole("tab", { name: "Some hours" }).click();
    const day = DateTime.fromISO(booked.start, { zone: "Asia/Tokyo" });
    await page.getByLabel("Day", { exact: true }).fill(day.toISODate()!);
    await page.getByLabel("From", { exact: true }).fill(day.toFormat("HH:mm"));
    await page.getByLabel("Until", { exact: true }).fill(DateTime.fromISO(booked.end, { zone: "Asia/Tokyo" }).toFormat("HH:mm"));
    await page.getByRole("button", { name: "Add time off" }).click();
    const handover = page.getByTestId("handover");
    await handover.getByText("1 assignment falls in this time.", { exact: false }).waitFor();
    assert.match(await handover.textContent() ?? "", /Kitakami Coatings Ltd\./);
    await screenshot(page, "en-staff-time-off");
    await handover.getByRole("button", { name: "Hand over" }).click();
    // To a free colleague if there is one (the demo data may keep them busy), else marked unstaffed for the company.
    await handover.getByText(/Handed over to |Nobody is free/).waitFor();
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("Time off added.").waitFor();

    // Listed under upcoming time off (no 62-day window refused on the way), and deletable.
    const upcoming = page.getByRole("list", { name: "Upcoming time off" });
    const added = upcoming.getByRole("listitem").filter({ hasText: day.setLocale("en-US").toLocaleString({ month: "short", day: "numeric" }) });
    await added.first().waitFor();
    const before = await upcoming.getByRole("listitem").count();
    // Deleting asks first, in a modal dialog that starts on the safe choice; Escape backs out to the same button.
    const deleteButton = added.first().getByRole("button", { name: /^Delete time off / });
    await deleteButton.click();
    const confirm = page.getByRole("dialog", { name: /^Delete your time off / });
    await confirm.waitFor();
    assert.equal(await page.evaluate("document.activeElement?.textContent"), "No, go back");
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "hidden" });
    assert.equal(await deleteButton.evaluate((button) => button === button.ownerDocument.activeElement), true);
    assert.equal(await upcoming.getByRole("listitem").count(), before);
    await deleteButton.click();
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("Time off deleted.").waitFor();
    // One item fewer (a locator, not a string predicate: the page's CSP forbids eval).
    await upcoming.getByRole("listitem").nth(before - 1).waitFor({ state: "detached" });
    assert.deepEqual(refusedTimeOff, []);
    await context.close();
  });

  test("an admin blocks maintenance over a booking, sees it listed and cancels it with a notice", async () => {
    const company = await apiLogin(e2e.server.url, "sme@demo.example");
    const xrd = await instrumentId("Powder X-ray diffractometer");
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, xrd), 2, 10);
    const booked = await book(company, xrd, run, "Phase identification of sintered powder");

    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "facility-admin@demo.example");
    await page.getByRole("link", { name: "Workspace" }).click();
    // The workspace menu's "Instruments" (the header's catalogue link has the same name since the directory came).
    await page.getByRole("main").getByRole("link", { name: "Instruments", exact: true }).click();
    await page.waitForURL(/\/workspace\/instruments/);
    await page.getByRole("link", { name: "Field-emission scanning electron microscope (FE-SEM)", exact: true }).click();
    await page.getByLabel("Name (English)").waitFor();
    await screenshot(page, "en-admin-instrument-editor");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: /編集/ }).waitFor();
    await page.getByLabel("名称（英語）").waitFor();
    await screenshot(page, "ja-admin-instrument-editor");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByLabel("Name (English)").fill("");
    await page.getByLabel("Longest booking (minutes)").fill("10");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(/Please correct the \d+ highlighted fields/).waitFor();
    await page.locator(".field-invalid").filter({ hasText: "Name (English)" }).getByText("Required.").waitFor();
    await page.getByText("The maximum must not be below the minimum.").waitFor();

    await page.getByRole("link", { name: "Maintenance & closures" }).click();
    const form = page.getByTestId("blackout-form");
    await form.getByLabel("Instrument").selectOption({ label: "Powder X-ray diffractometer" });
    const local = (iso: string, hours: number) => DateTime.fromISO(iso, { zone: "Asia/Tokyo" }).plus({ hours }).toFormat("yyyy-MM-dd'T'HH:mm");
    await form.getByLabel("From").fill(local(booked.start, 0));
    await form.getByLabel("Until").fill(local(booked.end, 0));
    await form.getByText("1 booking falls inside this window.").waitFor();
    assert.match(await form.getByTestId("affected").textContent() ?? "", /Aoba Precision Industries/);
    await form.getByLabel("Reason / notice to companies").fill("X-ray tube replacement");
    await screenshot(page, "en-admin-maintenance");
    await form.getByRole("button", { name: "Block and cancel these bookings with the notice" }).click();
    await form.getByText("Blocked; 1 booking cancelled with your notice.").waitFor();
    await page.getByTestId("blackouts").getByText("X-ray tube replacement").first().waitFor();
    const after = await reservation(company, booked.id);
    assert.equal(after.status, "cancelled");
    assert.match(after.cancellationReason ?? "", /X-ray tube replacement/);
    await context.close();
  });

  test("an admin adds a staff member, who signs in with the initial password shown once", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "facility-admin@demo.example");
    await page.getByRole("link", { name: "Workspace" }).click();
    await page.getByRole("link", { name: "Staff", exact: true }).click();
    await page.getByRole("button", { name: "Add staff member" }).click();
    const form = page.getByTestId("add-staff-form");
    await form.getByRole("button", { name: "Add staff member" }).click();
    await form.locator(".field-invalid").filter({ hasText: "Full name" }).getByText("Required.").waitFor();
    await form.getByLabel("Full name").fill("Mika Tanaka");
    await form.getByLabel("Email address").fill("staff@demo.example");
    await form.getByLabel("Powder X-ray diffractometer", { exact: true }).check();
    await form.getByRole("button", { name: "Add staff member" }).click();
    await form.locator(".field-invalid").filter({ hasText: "Email address" }).getByText("Another account already uses this email address.").waitFor();
    await screenshot(page, "en-admin-add-staff-form", "[data-testid=add-staff-form]");
    await form.getByLabel("Email address").fill("mika.tanaka@demo.example");
    const password = await form.getByLabel("Initial password").inputValue();
    await form.getByRole("button", { name: "Add staff member" }).click();
    const credentials = page.getByTestId("staff-credentials");
    await credentials.getByRole("heading", { name: "Mika Tanaka has been added" }).waitFor();
    assert.equal(await credentials.getByLabel("Initial password").inputValue(), password);
    await page.locator(".staff-fresh").getByText("Powder X-ray diffractometer").waitFor();
    await screenshot(page, "en-admin-add-staff", ".page");
    await credentials.getByRole("button", { name: "Done, hide the password" }).click();
    await credentials.waitFor({ state: "detached" });
    await context.close();

    const newcomer = await newPage(e2e.browser);
    await newcomer.page.goto(`${e2e.server.url}/login`);
    await newcomer.page.getByLabel("Email").fill("mika.tanaka@demo.example");
    await newcomer.page.getByLabel("Password", { exact: true }).fill(password);
    await newcomer.page.getByRole("button", { name: "Sign in" }).click();
    await newcomer.page.getByRole("link", { name: "Workspace" }).click();
    await newcomer.page.getByRole("heading", { level: 1, name: "My schedule" }).waitFor();
    await newcomer.context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("staff grants a qualification after training and the company then books self-use", async () => {
    const tabletop = await instrumentId("Tabletop scanning electron microscope");
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "staff@demo.example");
    await page.goto(`${e2e.server.url}/workspace/qualifications`);
    await page.getByLabel("Company user's email").fill("sme2@demo.example");
    await page.getByLabel("Instrument").selectOption({ label: "Tabletop scanning electron microscope" });
    await page.getByRole("button", { name: "Grant self-use" }).click();
    await page.getByText("Emily Carter may now use Tabletop scanning electron microscope on their own.").waitFor();
    await page.getByTestId("qualifications").getByText("Emily Carter").waitFor();
    await context.close();

    const company = await newPage(e2e.browser);
    await signIn(company.page, e2e.server.url, "sme2@demo.example");
    await company.page.goto(`${e2e.server.url}/instruments/${tabletop}`);
    await company.page.getByRole("button", { name: /Next week/ }).click();
    await company.page.locator(".slot-free").first().waitFor();
    const slot = consecutiveFree(await nextWeekSlots(e2e.server.url, tabletop), 2, 13)[0];
    // What first (self-use), then when.
    const selfUse = company.page.getByLabel(/^Self-use/);
    assert.equal(await selfUse.isDisabled(), false);
    await selfUse.check();
    await clickSlot(company.page, slot);
    await company.page.getByTestId("selected-range").waitFor();
    await company.page.getByLabel("Purpose of use").fill("Quick look for foreign matter on a coating");
    await company.page.getByLabel("My samples are not hazardous").check();
    await company.page.getByRole("button", { name: "Confirm booking" }).click();
    await company.page.getByRole("heading", { name: /^Reservation #\d+ is confirmed$/ }).waitFor();
    await company.context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("the coordinator finds a company user who forgot their password and sets a new one, which then signs them in", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "coordinator@demo.example");
    await page.getByRole("link", { name: "Workspace" }).click();
    await page.getByRole("link", { name: "Accounts", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Accounts" }).waitFor();
    await page.getByLabel("Find an account").fill("CARTER");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\/workspace\/accounts\?q=CARTER$/);
    const row = page.getByRole("row").filter({ hasText: "sme2@demo.example" });
    await row.getByText("Kitakami Coatings Ltd.").waitFor();
    // The previous (unfiltered) page stays on screen until the search answers.
    const rows = page.getByTestId("accounts").locator("tbody tr");
    await rows.nth(1).waitFor({ state: "detached" });
    assert.equal(await rows.count(), 1);
    await row.getByRole("button", { name: "Reset password: Emily Carter" }).click();
    const form = page.getByTestId("reset-password-form");
    const password = await form.getByLabel("Initial password").inputValue();
    await form.getByRole("button", { name: "Set new password" }).click();
    const credentials = page.getByTestId("staff-credentials");
    await credentials.getByRole("heading", { name: "Emily Carter's password has been reset" }).waitFor();
    assert.equal(await credentials.getByLabel("Initial password").inputValue(), password);
    await screenshot(page, "en-coordinator-accounts-reset", ".page");
    await context.close();

    const company = await newPage(e2e.browser);
    await company.page.goto(`${e2e.server.url}/login`);
    await company.page.getByLabel("Email").fill("sme2@demo.example");
    await company.page.getByLabel("Password", { exact: true }).fill(password);
    await company.page.getByRole("button", { name: "Sign in" }).click();
    await company.page.getByRole("button", { name: "Sign out" }).waitFor();
    await company.context.close();
    assert.deepEqual(pageErrors, []);
  });
});
