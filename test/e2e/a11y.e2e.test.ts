import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { newPage, pageErrors, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(6);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page; returns the serious and critical violations, logging every one. */
async function seriousViolations(page: Page, label: string): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  const { violations, passed } = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    const found = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
    return { violations: found, passed: result.passes.length };
  })()`)) as { violations: Violation[]; passed: number };
  console.log(`# axe ${label}: ${passed} rules passed, ${violations.length} violated`);
  for (const v of violations) console.log(`# axe ${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("axe-core: no serious or critical violations", () => {
  for (const language of ["en", "ja"] as const) {
    test(`${language}: the instrument page with start times, and My reservations`, async () => {
      const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
      await signIn(page, e2e.server.url, "sme@demo.example");
      if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
      const week = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1 }).toISODate();
      await page.goto(`${e2e.server.url}/instruments/1?week=${week}`);
      await page.locator(".start-time").first().waitFor();
      await page.locator(".fc-timegrid").waitFor();
      assert.equal(await page.evaluate("document.documentElement.lang"), language);
      assert.deepEqual(await seriousViolations(page, `${language} instrument`), []);

      await page.goto(`${e2e.server.url}/reservations`);
      await page.getByTestId("reservation").first().waitFor();
      assert.equal(await page.evaluate("document.documentElement.lang"), language);
      assert.deepEqual(await seriousViolations(page, `${language} reservations`), []);
      assert.deepEqual(pageErrors, []);
      await context.close();
    });
  }
});
