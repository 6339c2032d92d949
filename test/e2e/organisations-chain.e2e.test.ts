import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { simpleParser } from "mailparser";
import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { newPage, pageErrors, screenshot, useServerAndBrowser } from "./harness";
import { CAST, LARGE_COMPANY_TWO_HOURS, RATES, TEXT, type Language, type Texts } from "./organisations-chain-texts";

/**
 * Issue #20 end to end, one story per language: the coordinator opens an institution, its admin equips it and
 * invites a technical staff member, a large company signs up unverified and books, the coordinator verifies it, the staff member
 * approves, and a colleague the company invites books too. Each person has their own browser; every link comes
 * from the page where the inviter sees it.
 */
const e2e = useServerAndBrowser(22);
const PASSWORD = "violet harbour lantern 42";

interface Person {
  context: BrowserContext;
  page: Page;
}

const url = (path: string) => `${e2e.server.url}${path}`;
const localName = (language: Language, names: { nameJa: string; nameEn: string }) => (language === "en" ? names.nameEn : names.nameJa);
/** A small drawn "photo" (PNG): a bench, the instrument's housing and its lens. */
const PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640"><rect width="960" height="640" fill="#e0e6ed"/><rect y="470" width="960" height="170" fill="#5c677d"/><rect x="300" y="150" width="360" height="320" rx="24" fill="#3d5a80"/><circle cx="480" cy="300" r="80" fill="#98c1d9"/><circle cx="480" cy="300" r="36" fill="#293241"/></svg>`;
const photo = () => sharp(Buffer.from(PHOTO_SVG)).png().toBuffer();

/** axe-core on the page scrolled to its top (mid-scroll, fields pass under the sticky header and footer). */
async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate("window.scrollTo(0, 0)");
  assert.deepEqual(await seriousViolations(page, label), [], `axe: ${label}`);
}

function browserFor(language: Language): Promise<Person> {
  return newPage(e2e.browser, { locale: TEXT[language].locale, bypassCSP: true });
}

async function signIn(person: Person, x: Texts, email: string): Promise<void> {
  await person.page.goto(url("/login"));
  await person.page.getByLabel(x.signIn.email).fill(email);
  await person.page.getByLabel(x.signIn.password, { exact: true }).fill("demo-password");
  await person.page.getByRole("button", { name: x.signIn.submit }).click();
  await person.page.getByRole("button", { name: x.signOut }).waitFor();
}

/** Opens a page of the workspace menu (through the header's workspace link when elsewhere). */
async function workspaceSection(page: Page, x: Texts, section: string): Promise<void> {
  const menu = page.getByRole("navigation", { name: x.workspace, exact: true });
  if (!(await menu.isVisible())) await page.goto(url("/workspace"));
  await menu.getByRole("link", { name: section, exact: true }).click();
}

/** Waits until the server's mailbox (.eml files) holds a message to `to` whose text has `link`: the invitation was e-mailed too. */
async function mailed(to: string, link: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = fs.existsSync(e2e.server.mailDir) ? fs.readdirSync(e2e.server.mailDir) : [];
    const mails = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(e2e.server.mailDir, file)))));
    if (mails.some((mail) => (mail.to as { text: string } | undefined)?.text === to && (mail.text ?? "").includes(link))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no invitation e-mail to ${to} with ${link}`);
}

/** Sends the invitation form of an institution or company page; returns the link the inviter is shown once. */
async function invite(page: Page, x: Texts, email: string, role: string): Promise<string> {
  const form = page.getByTestId("invite-form");
  await form.getByLabel(x.invite.email, { exact: true }).fill(email);
  await form.getByLabel(x.invite.role).selectOption({ label: role });
  await form.getByRole("button", { name: x.invite.send }).click();
  const link = await page.getByTestId("invitation-url").inputValue();
  assert.match(link, /\/invite\/[A-Za-z0-9_-]{43}$/);
  await page.getByTestId("invitations").getByText(email).waitFor();
  await mailed(email, link);
  return link;
}

/** Opens an invitation link in the invitee's own browser and creates their account there. */
async function accept(language: Language, link: string, name: string): Promise<Person> {
  const x = TEXT[language];
  const person = await browserFor(language);
  await person.page.goto(link);
  await person.page.getByTestId("invitation-summary").waitFor();
  await person.page.getByLabel(x.accept.name).fill(name);
  await person.page.getByLabel(x.accept.password, { exact: true }).fill(PASSWORD);
  await person.page.getByLabel(x.accept.confirm).fill(PASSWORD);
  await person.page.getByRole("button", { name: x.accept.submit }).click();
  await person.page.getByRole("button", { name: x.signOut }).waitFor();
  return person;
}

/** The coordinator adds the institution and invites its first admin. */
async function coordinatorOpensInstitution(coordinator: Person, language: Language): Promise<string> {
  const x = TEXT[language];
  const { institution, admin } = CAST[language];
  const { page } = coordinator;
  await workspaceSection(page, x, x.nav.institutions);
  await page.getByRole("link", { name: x.institution.add }).click();
  await page.getByLabel(x.institution.nameJa).fill(institution.nameJa);
  await page.getByLabel(x.institution.nameEn).fill(institution.nameEn);
  await page.getByLabel(x.institution.kind).selectOption(institution.kind);
  await page.getByLabel(x.institution.prefecture).selectOption(institution.prefecture);
  await page.getByRole("button", { name: x.institution.create }).click();
  await page.getByRole("heading", { level: 1, name: x.institution.title(localName(language, institution)) }).waitFor();
  const link = await invite(page, x, admin.email, x.invite.admin);
  await screenshot(page, `${language}-chain-institution`);
  return link;
}

/** The new admin creates a staff-operated instrument with the rates, keeps the offered opening hours, adds a photo. */
async function adminCreatesInstrument(admin: Person, language: Language): Promise<number> {
  const x = TEXT[language].instrument;
  const { instrument } = CAST[language];
  const { page } = admin;
  await workspaceSection(page, TEXT[language], TEXT[language].nav.instruments);
  await page.getByRole("link", { name: x.new }).click();
  await page.getByRole("heading", { level: 1, name: x.newTitle }).waitFor();
  await page.getByLabel(x.nameJa).fill(instrument.nameJa);
  await page.getByLabel(x.nameEn).fill(instrument.nameEn);
  await page.getByLabel(x.manufacturer).fill(instrument.manufacturer);
  await page.getByLabel(x.model).fill(instrument.model);
  await page.getByLabel(x.descriptionJa).fill("部品の形状と内部を切断せずに測定します。");
  await page.getByLabel(x.descriptionEn).fill("Measures the shape and inside of parts without cutting them.");
  await page.getByLabel(x.building).fill(language === "en" ? "Main building" : "本館");
  await page.getByLabel(x.room).fill("105");
  await page.getByRole("heading", { name: x.openingHours }).waitFor();
  await page.getByLabel(x.academic).fill(RATES.academic);
  await page.getByLabel(x.company).fill(RATES.company);
  await page.getByLabel(x.sme).fill(RATES.sme);
  await page.getByLabel(x.assistance).fill(RATES.assistance);
  await assertAccessible(page, `${language} new instrument form`);
  await page.getByRole("button", { name: x.create }).click();
  await page.getByRole("heading", { level: 1, name: x.edited(localName(language, instrument)) }).waitFor();
  const id = Number(/\/workspace\/instruments\/(\d+)$/.exec(page.url())?.[1]);
  assert.ok(id > 0, `the editor opened at the new instrument's address: ${page.url()}`);

  const form = page.getByTestId("add-photo");
  await form.getByLabel(x.photoFile).setInputFiles({ name: "instrument.png", mimeType: "image/png", buffer: await photo() });
  await form.getByLabel(x.altEn).fill(instrument.altEn);
  await form.getByLabel(x.altJa).fill(instrument.altJa);
  await form.getByRole("button", { name: x.upload }).click();
  const panel = page.getByTestId("photos-panel");
  await panel.getByText(x.uploaded).waitFor();
  await panel.getByText(x.main).waitFor();
  await panel.getByRole("img", { name: language === "en" ? instrument.altEn : instrument.altJa }).waitFor();
  await screenshot(page, `${language}-chain-instrument`, "[data-testid=photos-panel]");
  return id;
}

/** The admin invites the technical staff member from the institution's page. */
async function adminInvitesStaff(admin: Person, language: Language): Promise<string> {
  const x = TEXT[language];
  const { institution, staff } = CAST[language];
  await workspaceSection(admin.page, x, x.nav.institutions);
  await admin.page.getByRole("heading", { level: 1, name: x.institution.title(localName(language, institution)) }).waitFor();
  return invite(admin.page, x, staff.email, x.invite.staff);
}

/** The admin puts the new staff member on the new instrument (their working hours are the weekdays they start with). */
async function adminAssignsStaff(admin: Person, language: Language): Promise<void> {
  const x = TEXT[language];
  const { staff, instrument } = CAST[language];
  const { page } = admin;
  await workspaceSection(page, x, x.nav.staff);
  const card = page.locator(".staff-card").filter({ hasText: staff.name });
  await card.getByRole("button", { name: x.staff.edit }).click();
  const instruments = card.getByRole("group", { name: x.staff.instruments });
  await instruments.getByRole("checkbox", { name: localName(language, instrument) }).check();
  await assertAccessible(page, `${language} staff editor`);
  await card.getByRole("button", { name: x.staff.save, exact: true }).click();
  await card.getByText(localName(language, instrument)).waitFor();
}

/** A large company signs up from the header's link: it starts unverified. */
async function companySignsUp(language: Language): Promise<Person> {
  const x = TEXT[language].signUp;
  const { company } = CAST[language];
  const person = await browserFor(language);
  const { page } = person;
  await page.goto(url("/"));
  await page.getByRole("link", { name: TEXT[language].nav.signUp }).click();
  await page.getByRole("heading", { name: x.heading }).waitFor();
  await page.getByLabel(x.company, { exact: true }).fill(company.name);
  await page.getByLabel(x.contact).fill(company.contact);
  await page.getByRole("radio", { name: x.large }).check();
  await page.getByLabel(x.employees).fill("1500");
  await page.getByLabel(x.email).fill(company.email);
  await page.getByLabel(x.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(x.confirm).fill(PASSWORD);
  await page.getByLabel(x.terms).check();
  await page.getByRole("button", { name: x.submit }).last().click();
  await page.getByRole("button", { name: TEXT[language].signOut }).waitFor();
  return person;
}

/**
 * A company member finds the instrument in the catalogue by its name and books two hours of staff operation next
 * week (from `fromHour`, as far as the staff member is free), accepting the terms of use first when `termsFirst`;
 * returns the confirmation's text.
 */
async function bookStaffOperation(person: Person, language: Language, instrumentId: number, fromHour: number, purpose: string, termsFirst = false): Promise<string> {
  const x = TEXT[language];
  const { instrument } = CAST[language];
  const { page } = person;
  await page.goto(url("/"));
  await page.getByLabel(x.search).fill(instrument.nameEn);
  await page.getByLabel(x.search).press("Enter");
  const card = page.getByTestId("instrument-card").filter({ hasText: localName(language, instrument) }).first();
  await card.getByRole("img", { name: language === "en" ? instrument.altEn : instrument.altJa }).waitFor();
  await card.getByRole("link", { name: localName(language, instrument), exact: true }).first().click();
  await page.getByRole("button", { name: x.booking.nextWeek }).click();
  await page.locator(".slot-free").first().waitFor();
  const run = consecutiveFree(await nextWeekSlots(e2e.server.url, instrumentId), 2, fromHour);
  await dragSelect(page, run[0], run[1]);
  await page.getByTestId("selected-range").waitFor();
  await page.getByLabel(x.booking.purpose).fill(purpose);
  await page.getByLabel(x.booking.harmless).check();
  if (termsFirst) {
    // Invited, not signed up: the terms of use were never accepted, and the form asks for them before booking.
    const gate = page.getByTestId("terms-gate");
    await gate.waitFor();
    assert.ok(await page.getByRole("button", { name: x.booking.book }).isDisabled(), "booking waits for the terms");
    await gate.getByRole("button").click();
    await gate.waitFor({ state: "detached" });
  }
  await page.getByRole("button", { name: x.booking.book }).click();
  const confirmation = page.getByTestId("booking-confirmation");
  await confirmation.waitFor();
  return (await confirmation.textContent()) ?? "";
}

/** The company's own card of a booking, in "My reservations". */
async function reservationCard(page: Page, language: Language, purpose: string) {
  await page.locator("nav.main-nav").getByRole("link", { name: TEXT[language].nav.reservations }).click();
  const card = page.getByTestId("reservation").filter({ hasText: purpose });
  await card.waitFor();
  return card;
}

for (const language of ["en", "ja"] as const) {
  describe(`organisations chain (${language})`, () => {
    test("institution → admin → instrument with photo → staff; a large company books unverified, is verified and approved; its colleague books", async () => {
      const x = TEXT[language];
      const cast = CAST[language];
      const coordinator = await browserFor(language);
      await signIn(coordinator, x, "coordinator@demo.example");
      const adminLink = await coordinatorOpensInstitution(coordinator, language);

      const admin = await accept(language, adminLink, cast.admin.name);
      const instrumentId = await adminCreatesInstrument(admin, language);
      const staffLink = await adminInvitesStaff(admin, language);
      const staff = await accept(language, staffLink, cast.staff.name);
      await adminAssignsStaff(admin, language);

      // The company books before anyone has checked who it is: pending, the price provisional.
      const company = await companySignsUp(language);
      const purpose = language === "en" ? "Surface roughness of a turbine blade" : "鋳造部品の内部欠陥の観察";
      const confirmation = await bookStaffOperation(company, language, instrumentId, 10, purpose);
      assert.match(confirmation, x.booking.pending);
      assert.match(confirmation, x.provisional);
      assert.match(confirmation, x.provisionalNote);
      assert.match(confirmation, LARGE_COMPANY_TWO_HOURS);
      await assertAccessible(company.page, `${language} booking requested by an unverified company`);
      const pending = await reservationCard(company.page, language, purpose);
      await pending.getByText(x.status.pending, { exact: true }).waitFor();
      assert.match((await pending.textContent()) ?? "", x.provisional);
      assert.match((await pending.textContent()) ?? "", x.provisionalNote);
      await screenshot(company.page, `${language}-chain-pending`);
      await pending.getByRole("link", { name: /#\d+/ }).click();
      const detail = company.page.getByTestId("reservation-detail");
      await detail.getByText(x.status.pending, { exact: true }).waitFor();
      assert.match((await detail.textContent()) ?? "", x.provisional, "the booking's own page says the price is provisional");
      assert.match((await detail.textContent()) ?? "", x.provisionalNote, "the booking's own page says what it waits for");

      // The staff member sees what it waits for; the coordinator verifies the company as a large company.
      await workspaceSection(staff.page, x, x.nav.approvals);
      const waiting = staff.page.getByTestId("reservation-details").filter({ hasText: cast.company.name });
      assert.match((await waiting.textContent()) ?? "", x.waitsForVerification);
      assert.match((await waiting.textContent()) ?? "", x.provisional);
      await workspaceSection(coordinator.page, x, x.nav.companies);
      const toVerify = coordinator.page.getByTestId("company-to-verify").filter({ hasText: cast.company.name });
      assert.equal(await toVerify.getByLabel(x.verify.verifyAs).locator("option:checked").textContent(), x.verify.large);
      await toVerify.getByRole("button", { name: x.verify.submit }).click();
      await coordinator.page.getByRole("status").filter({ hasText: cast.company.name }).waitFor();

      // The staff member approves; the company's booking is confirmed at the large-company price.
      await staff.page.reload();
      const verified = staff.page.getByTestId("reservation-details").filter({ hasText: cast.company.name });
      await verified.getByTestId("customer-type").filter({ hasText: x.verify.verified }).waitFor();
      await verified.getByRole("button", { name: x.approve, exact: true }).click();
      await staff.page.getByRole("status").filter({ hasText: cast.company.name }).waitFor();
      const approved = await reservationCard(company.page, language, purpose);
      await approved.getByText(x.status.confirmed, { exact: true }).waitFor();
      assert.match((await approved.textContent()) ?? "", LARGE_COMPANY_TWO_HOURS);
      assert.doesNotMatch((await approved.textContent()) ?? "", x.provisional);
      await screenshot(company.page, `${language}-chain-approved`);

      // The company's admin invites a colleague, who books in their own browser: confirmed straight away.
      await company.page.locator(".site-header .account-name").click();
      await company.page.getByRole("link", { name: x.company.manageMembers }).click();
      await company.page.getByRole("heading", { level: 1, name: x.company.membersTitle }).waitFor();
      const colleagueLink = await invite(company.page, x, cast.colleague.email, x.invite.member);
      const colleague = await accept(language, colleagueLink, cast.colleague.name);
      const secondPurpose = language === "en" ? "Flatness of a sealing face" : "シール面の平面度測定";
      const second = await bookStaffOperation(colleague, language, instrumentId, 14, secondPurpose, true);
      assert.match(second, x.booking.confirmed);
      assert.match(second, LARGE_COMPANY_TWO_HOURS);
      assert.doesNotMatch(second, x.provisional);
      const landed = await reservationCard(colleague.page, language, secondPurpose);
      await landed.getByText(x.status.confirmed, { exact: true }).waitFor();
      await screenshot(colleague.page, `${language}-chain-colleague`);

      for (const person of [coordinator, admin, staff, company, colleague]) await person.context.close();
      assert.deepEqual(pageErrors, []);
    });
  });
}
