import { LRUCache } from "lru-cache";
import { defineCache } from "../platform/caches";
import type { IcsCalendar } from "./ical/calendar";

/**
 * Rendered feeds, reused while the data behind them is unchanged (same fingerprint). Calendar apps poll
 * every feed again and again, mostly for nothing new; this keeps a 2,000-event feed (and its 304) cheap.
 * Per process: every process checks the fingerprint against the database, so none serves stale data.
 */
export class RenderedFeeds {
  private readonly cache = new LRUCache<number, { key: string; calendar: IcsCalendar }>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (entry) => entry.calendar.body.length + entry.key.length * 2 + 64,
  });

  async get(feedId: number, key: string, render: () => Promise<IcsCalendar>): Promise<IcsCalendar> {
    const cached = this.cache.get(feedId);
    if (cached?.key === key) return cached.calendar;
    const calendar = await render();
    this.cache.set(feedId, { key, calendar });
    return calendar;
  }
}

export const renderedFeeds = defineCache(
  {
    name: "rendered feeds",
    keeps: "each calendar feed's last rendering (iCalendar bytes), by feed id",
    invalidation: "reused only while the feed's fingerprint, read from the database on every poll, is unchanged",
  },
  () => new RenderedFeeds(),
);
