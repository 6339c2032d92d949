import { foldLines } from "ical-generator";
import { fold } from "../../../../server/calendar-feeds/ical/calendar";

test.each([
  ["short ASCII", "SUMMARY:Tabletop SEM"],
  ["long ASCII", `DESCRIPTION:${"Purpose: fracture surfaces of sintered parts. ".repeat(6)}`],
  ["Japanese (3-octet characters)", `DESCRIPTION:${"目的：粒界の観察と長い日本語の説明".repeat(8)}`],
  ["emoji (surrogate pairs)", `SUMMARY:${"試料🔬sample".repeat(12)}`],
  ["several lines", `BEGIN:VEVENT\r\nDESCRIPTION:${"ｘ".repeat(60)}\r\nEND:VEVENT\r\n`],
])("folds %s exactly like ical-generator, never over 75 octets", (_label, text) => {
  expect(fold(text)).toBe(foldLines(text));
  for (const line of fold(text).split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});
