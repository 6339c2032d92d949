import fs from "node:fs";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page; returns the serious and critical violations, logging every one. */
export async function seriousViolations(page: Page, label: string): Promise<Violation[]> {
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

/** Fails on any serious or critical violation, naming each with where it is. */
export async function assertNoSeriousViolations(page: Page, label: string): Promise<void> {
  assert.deepEqual((await seriousViolations(page, label)).map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
}
