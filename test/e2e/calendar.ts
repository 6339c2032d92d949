import { DateTime } from "luxon";
import type { Page } from "playwright-core";

export interface FreeSlot {
  start: string;
  end: string;
  assistanceAvailable: boolean;
}

/** The instrument's free slots over next week, from the same API the page uses. */
export async function nextWeekSlots(url: string, instrumentId: number): Promise<FreeSlot[]> {
  const monday = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1 });
  const query = new URLSearchParams({ from: monday.toISO()!, to: monday.plus({ weeks: 1 }).toISO()! });
  const res = await fetch(`${url}/api/instruments/${instrumentId}/availability?${query}`);
  return ((await res.json()) as { slots: FreeSlot[] }).slots;
}

/** The first run of `count` consecutive slots with staff available, starting at or after `fromHour` local time. */
export function consecutiveFree(slots: FreeSlot[], count: number, fromHour: number): FreeSlot[] {
  for (let i = 0; i + count <= slots.length; i++) {
    const run = slots.slice(i, i + count);
    const local = DateTime.fromISO(run[0].start, { zone: "Asia/Tokyo" });
    const consecutive = run.every((slot, n) => n === 0 || slot.start === run[n - 1].end);
    if (local.hour >= fromHour && consecutive && run.every((s) => s.assistanceAvailable)) return run;
  }
  throw new Error("no free run found next week");
}

/** The centre of a slot's cell in the FullCalendar time grid (day column × time row). */
async function slotCentre(page: Page, isoStart: string): Promise<{ x: number; y: number }> {
  const local = DateTime.fromISO(isoStart, { zone: "Asia/Tokyo" });
  const rowLocator = page.locator(`td.fc-timegrid-slot-lane[data-time="${local.toFormat("HH:mm:ss")}"]`);
  await rowLocator.scrollIntoViewIfNeeded();
  const column = await page.locator(`.fc-timegrid-col[data-date="${local.toISODate()}"]`).boundingBox();
  const row = await rowLocator.boundingBox();
  if (!column || !row) throw new Error(`no calendar cell for ${local.toISO()}`);
  return { x: column.x + column.width / 2, y: row.y + row.height / 2 };
}

/** Drags with the mouse from the first slot to the last, as a user selects consecutive free slots. */
export async function dragSelect(page: Page, first: FreeSlot, last: FreeSlot): Promise<void> {
  const from = await slotCentre(page, first.start);
  const to = await slotCentre(page, last.start);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

export async function clickSlot(page: Page, slot: FreeSlot): Promise<void> {
  const centre = await slotCentre(page, slot.start);
  await page.mouse.click(centre.x, centre.y);
}
