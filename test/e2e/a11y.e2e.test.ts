import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import { seriousViolations } from "./axe";
import { newPage, pageErrors, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(6);

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
