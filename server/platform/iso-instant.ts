const MAX_ENTRIES = 50_000;
const strings = new Map<number, string>();

/**
 * `new Date(instant).toISOString()`, remembered: availability answers name the same slot boundaries request after
 * request (a week of 30-minute slots is some 200 of them), and formatting them was a tenth of such a request's
 * CPU. The memo is dropped whole once it reaches MAX_ENTRIES.
 */
export function isoInstant(instant: number): string {
  let text = strings.get(instant);
  if (text === undefined) {
    text = new Date(instant).toISOString();
    if (strings.size >= MAX_ENTRIES) strings.clear();
    strings.set(instant, text);
  }
  return text;
}
