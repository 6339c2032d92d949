import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { addressOf, PAGES, routesOfRouter, VIEWERS, type PageVisit, type Viewer } from "./a11y-pages";
import { seriousViolations } from "./axe";
import { newPage, pageErrors, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(13);

/** Waits until the page has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator("main h1, main h2").first().waitFor({ timeout: 15000 });
  await page.locator(".loading").first().waitFor({ state: "detached", timeout: 15000 }).catch(() => undefined);
}

/**
 * Which (page, viewer, language) to check. Every page is checked for every viewer who can open it, and in both
 * languages; a page many roles share (the catalogue, the password page…) in both languages for its first viewer and
 * in one language, alternating, for the others, so the file runs in minutes on a busy machine.
 */
function visitsIn(visit: PageVisit, viewer: Viewer, language: "en" | "ja"): boolean {
  const index = visit.viewers.indexOf(viewer);
  if (index < 0) return false;
  if (visit.viewers.length <= 2 || index === 0) return true;
  return (index % 2 === 0) === (language === "en");
}

describe("axe-core on every page of the router, in both languages, signed out and in each role", () => {
  test("every route of the client router has an a11y visit (a new page cannot be forgotten)", () => {
    const routes = routesOfRouter();
    assert.ok(routes.length > 30, `the router's routes were read: ${routes.length}`);
    assert.deepEqual(routes.filter((route) => !PAGES[route]), [], "routes without an entry in test/e2e/a11y-pages.ts");
    assert.deepEqual(Object.keys(PAGES).filter((route) => !routes.includes(route)), [], "entries for routes the router no longer has");
    for (const viewer of Object.keys(VIEWERS) as Viewer[]) assert.ok(Object.values(PAGES).some((visit) => visit.viewers.includes(viewer)));
  });

  for (const viewer of Object.keys(VIEWERS) as Viewer[]) {
    for (const language of ["en", "ja"] as const) {
      test(`${viewer}, ${language}: zero serious or critical violations`, async () => {
        const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
        const email = VIEWERS[viewer];
        if (email) await signIn(page, e2e.server.url, email);
        else await page.goto(e2e.server.url);
        await page.evaluate(`localStorage.setItem("language", "${language}")`);
        const found: string[] = [];
        for (const [route, visit] of Object.entries(PAGES).filter(([, v]) => visitsIn(v, viewer, language))) {
          const address = await addressOf(page, e2e.server.url, visit, viewer);
          await page.goto(`${e2e.server.url}${address}`);
          await settled(page);
          assert.equal(await page.evaluate("document.documentElement.lang"), language, `${route} in ${language}`);
          for (const v of await seriousViolations(page, `${viewer} ${language} ${address}`)) found.push(`${address}: ${v.impact} ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        assert.deepEqual(found, []);
        assert.deepEqual(pageErrors, []);
        await context.close();
      });
    }
  }
});

describe("catalogue paging", () => {
  test("page 2 starts at the top of the results, with focus on the results heading", async () => {
    // waitForFunction evaluates a string in the page: the app's CSP (no unsafe-eval) would refuse it.
    const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
    await page.goto(`${e2e.server.url}/`);
    await page.getByTestId("instrument-card").first().waitFor();
    const firstOnPage1 = await page.getByTestId("instrument-card").first().textContent();
    await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await page.getByRole("button", { name: "Page 2", exact: true }).click();
    await page.waitForURL(/page=2/);
    await page.waitForFunction(`document.querySelector("[data-testid=instrument-card]")?.textContent !== ${JSON.stringify(firstOnPage1)}`);
    assert.equal(await page.evaluate("document.activeElement?.id"), "results-heading");
    assert.equal(await page.evaluate("document.activeElement?.tagName"), "H2");
    const top = (await page.evaluate("document.getElementById('results-heading').getBoundingClientRect().top")) as number;
    assert.ok(top >= 0 && top < 200, `the results heading is at the top of the view (top ${top}px)`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});

/** The boxes of the schedule's bookings (not the background bands). */
async function eventBoxes(page: Page): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
  return (await page.evaluate(`[...document.querySelectorAll(".schedule-calendar .fc-timegrid-event")].map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })`)) as Array<{ x: number; y: number; width: number; height: number }>;
}

describe("the staff schedule", () => {
  test("desktop: bookings never cover each other and each is at least 44 px wide and tall; the counters name the period", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "staff@demo.example");
    let seen = 0;
    for (const week of [0, 1]) {
      await page.goto(`${e2e.server.url}/workspace/schedule`);
      if (week) await page.getByRole("button", { name: /Next week/ }).click();
      await page.getByTestId("schedule-calendar").locator(".fc-timeGridWeek-view").waitFor();
      await page.getByText(/in the week shown/).first().waitFor();
      const boxes = await eventBoxes(page);
      seen += boxes.length;
      for (const [i, a] of boxes.entries()) {
        assert.ok(a.width >= 44 && a.height >= 44, `event ${i} is ${a.width}×${a.height}`);
        for (const b of boxes.slice(i + 1)) {
          const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
          assert.equal(overlap, false, "two bookings drawn over each other");
        }
      }
    }
    assert.ok(seen > 0, "the demo schedule has bookings to look at");
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("phone 390×844: one day shown, and the switcher does not claim the week", async () => {
    const { context, page } = await newPage(e2e.browser, { mobile: true, touch: true });
    await signIn(page, e2e.server.url, "staff@demo.example");
    await page.goto(`${e2e.server.url}/workspace/schedule?view=week`);
    await page.getByTestId("schedule-calendar").locator(".fc-timeGridDay-view").waitFor();
    assert.equal(await page.getByRole("tab", { name: "Week", selected: true }).count(), 0);
    await page.getByText(/in the day shown/).first().waitFor();
    await page.getByRole("button", { name: /Next day/ }).waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
