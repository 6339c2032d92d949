import { clamp, covers, intersect, normalize, overlaps, subtract, totalLength, type Interval } from "../../shared/time/intervals";

const iv = (start: number, end: number): Interval => ({ start, end });

describe("interval arithmetic", () => {
  test("normalize sorts, merges overlapping and touching intervals, drops empty ones", () => {
    expect(normalize([iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10)])).toEqual([iv(1, 4), iv(5, 9)]);
  });

  test("overlaps treats intervals as half-open", () => {
    expect(overlaps(iv(1, 3), iv(3, 5))).toBe(false);
    expect(overlaps(iv(1, 4), iv(3, 5))).toBe(true);
    expect(overlaps(iv(3, 4), iv(1, 5))).toBe(true);
  });

  test("intersect keeps only common parts", () => {
    expect(intersect([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)]);
    expect(intersect([iv(0, 10)], [])).toEqual([]);
  });

  test("subtract removes busy parts, including ones spanning several free intervals", () => {
    expect(subtract([iv(0, 10), iv(20, 30)], [iv(2, 3), iv(8, 22), iv(29, 40)])).toEqual([iv(0, 2), iv(3, 8), iv(22, 29)]);
    expect(subtract([iv(0, 10)], [iv(0, 10)])).toEqual([]);
    expect(subtract([iv(0, 10)], [])).toEqual([iv(0, 10)]);
  });

  test("covers needs the whole interval inside one free interval", () => {
    const free = [iv(0, 10), iv(10, 20), iv(30, 40)];
    expect(covers(normalize(free), iv(5, 15))).toBe(true);
    expect(covers(free, iv(25, 35))).toBe(false);
    expect(covers(free, iv(30, 40))).toBe(true);
    expect(covers(free, iv(39, 41))).toBe(false);
    expect(covers([], iv(0, 1))).toBe(false);
  });

  test("clamp and totalLength", () => {
    expect(clamp([iv(0, 10), iv(20, 30)], iv(5, 25))).toEqual([iv(5, 10), iv(20, 25)]);
    expect(clamp([iv(0, 10)], iv(5, 5))).toEqual([]);
    expect(totalLength([iv(0, 10), iv(20, 25)])).toBe(15);
  });
});
