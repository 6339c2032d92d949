/**
 * Pure operations on half-open time intervals [start, end) in epoch milliseconds.
 * Lists passed to `intersect`, `subtract` and `covers` must be normalized (sorted, disjoint):
 * every function here returns normalized lists.
 */
export interface Interval {
  start: number;
  end: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorts, drops empty intervals, and merges overlapping or touching ones. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const current of sorted) {
    const last = merged[merged.length - 1];
    if (last && current.start <= last.end) last.end = Math.max(last.end, current.end);
    else merged.push({ start: current.start, end: current.end });
  }
  return merged;
}

export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) result.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return result;
}

export function subtract(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let j = 0;
  for (const interval of from) {
    let cursor = interval.start;
    while (j < remove.length && remove[j].end <= cursor) j++;
    let k = j;
    while (k < remove.length && remove[k].start < interval.end) {
      if (remove[k].start > cursor) result.push({ start: cursor, end: remove[k].start });
      cursor = Math.max(cursor, remove[k].end);
      k++;
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** True when `interval` lies entirely inside one interval of the normalized list. */
export function covers(list: readonly Interval[], interval: Interval): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].end < interval.end) low = mid + 1;
    else high = mid - 1;
  }
  const candidate = list[low];
  return candidate !== undefined && candidate.start <= interval.start && interval.end <= candidate.end;
}

export function clamp(list: readonly Interval[], window: Interval): Interval[] {
  return intersect(list, window.end > window.start ? [window] : []);
}

export function totalLength(list: readonly Interval[]): number {
  return list.reduce((sum, i) => sum + (i.end - i.start), 0);
}
