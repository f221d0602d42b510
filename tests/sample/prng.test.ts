import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/sample/prng";
import { FORBIDDEN_NAME_PARTS, inventPerson } from "../../src/sample/names";

describe("seeded PRNG", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it("gives a different sequence for a different seed", () => {
    const a = Array.from({ length: 10 }, createRng(1).next);
    const b = Array.from({ length: 10 }, createRng(2).next);
    expect(a).not.toEqual(b);
  });

  it("keeps next() in [0, 1) and int() within its bounds", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const rng = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const x = rng.next();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          const n = rng.int(min, min + span);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });

  it("reaches both ends of an integer range", () => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 5)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("shuffles to a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng(3).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((x, y) => x - y)).toEqual(input);
    expect(out).not.toEqual(input);
  });

  it("refuses an empty pick and a reversed range", () => {
    const rng = createRng(1);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(5, 1)).toThrow(RangeError);
  });
});

describe("name bank", () => {
  it("never repeats a name and never uses a forbidden one", () => {
    const rng = createRng(11);
    const taken = new Set<string>();
    const names = Array.from({ length: 60 }, (_, i) => inventPerson(rng, i % 2 ? "Kisumu" : "Nairobi", i % 3 ? "f" : "m", taken).fullName);
    expect(new Set(names).size).toBe(60);
    for (const name of names) {
      for (const part of name.split(" ")) expect(FORBIDDEN_NAME_PARTS).not.toContain(part);
      expect(name.split(" ")).toHaveLength(3);
    }
  });
});
