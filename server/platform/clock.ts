/** The source of "now", injected so tests can fix time without mocking the database or HTTP. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(start: number | string): Clock & { set(t: number | string): void; advance(ms: number): void } {
  let current = typeof start === "string" ? Date.parse(start) : start;
  return {
    now: () => current,
    set: (t) => {
      current = typeof t === "string" ? Date.parse(t) : t;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
