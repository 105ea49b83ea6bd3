import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BandIndex } from "./band-index.js";

describe("BandIndex", () => {
  it("answers like a plain map of key → documents", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 2 ** 52 - 1 }), { maxLength: 30 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 52 - 1 }), { maxLength: 20 }),
        (docs, extra) => {
          const index = new BandIndex(4);
          const reference = new Map<number, number[]>();
          docs.forEach((keys, doc) => {
            index.insert(doc, keys);
            for (const k of keys) reference.set(k, [...(reference.get(k) ?? []), doc]);
          });
          const query = [...docs.flat().slice(0, 25), ...extra];
          const expected = new Map<number, number>();
          for (const k of query) for (const d of reference.get(k) ?? []) expected.set(d, (expected.get(d) ?? 0) + 1);
          expect(index.query(query)).toEqual(expected);
          expect(index.size).toBe(docs.flat().length);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("grows past its initial capacity", () => {
    const index = new BandIndex(2);
    for (let d = 0; d < 5000; d++) index.insert(d, [d * 3, d * 3 + 1, 7]);
    expect(index.query([7]).size).toBe(5000);
    expect(index.query([300, 301])).toEqual(new Map([[100, 2]]));
    expect(index.bytes).toBeGreaterThan(0);
  });
});
