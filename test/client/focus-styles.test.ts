import fs from "node:fs";
import path from "node:path";

const CLIENT = path.resolve(__dirname, "../../client/src");
const SHEETS = ["styles.css", "ui/workspace.css", "features/calendar-feeds/calendar.css"].map((file) => fs.readFileSync(path.join(CLIENT, file), "utf8"));
const rules = SHEETS.flatMap((css) => [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1].trim(), body: m[2] })));
const variables = Object.fromEntries(rules.filter((r) => r.selector === ":root").flatMap((r) => [...r.body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()])));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const color = (value: string) => value.replace(/var\((--[\w-]+)\)/, (_m, name: string) => variables[name]).match(/#[0-9a-f]{6}/i)?.[0];

const focusRules = rules.filter((r) => /:focus/.test(r.selector));
const CONTROL = /(^|[\s,>])(a|button|input|select|textarea|summary|\.button|\.choice|\.start-time)[\w.[\]="-]*:focus/;

describe("focus ring", () => {
  it("every focus outline is at least 2 px and has 3:1 contrast with the page and card backgrounds", () => {
    const outlines = focusRules.flatMap((r) => [...r.body.matchAll(/outline:\s*([^;]+);/g)].map((m) => ({ selector: r.selector, value: m[1] })));
    const drawn = outlines.filter((o) => !/^(none|0)\b/.test(o.value));
    expect(drawn.length).toBeGreaterThan(0);
    for (const { selector, value } of drawn) {
      const width = Number(value.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? 0);
      const hex = color(value);
      expect({ selector, width: width >= 2, hex: Boolean(hex) }).toEqual({ selector, width: true, hex: true });
      for (const background of ["#ffffff", variables["--bg"], variables["--brand-soft"]]) {
        expect({ selector, background, ratio: contrast(hex!, background) >= 3 }).toEqual({ selector, background, ratio: true });
      }
    }
  });

  it("no control loses its focus outline", () => {
    const removed = focusRules.filter((r) => CONTROL.test(r.selector) && /outline:\s*(none|0)\b/.test(r.body));
    expect(removed.map((r) => r.selector)).toEqual([]);
  });
});
