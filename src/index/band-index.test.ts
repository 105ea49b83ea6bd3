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
          const index = new BandIndex();
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

  it("answers the same across flushes of its delta into sorted segments", () => {
    const index = new BandIndex();
    const reference = new BandIndex();
    for (let d = 0; d < 300; d++) {
      const keys = [d % 17, 1000 + d, 2 ** 40 + (d % 5)];
      index.insert(d, keys);
      reference.insert(d, keys);
      if (d % 50 === 49) index.flush();
    }
    for (const q of [[3], [1005, 2 ** 40 + 2], [99999]]) expect(index.query(q)).toEqual(reference.query(q));
  });

  it("skips keys held by more documents than the cap, in the delta and in segments", () => {
    const index = new BandIndex();
    for (let d = 0; d < 10; d++) index.insert(d, [1, 100 + d]);
    expect(index.query([1, 105], 5)).toEqual(new Map([[5, 1]]));
    index.flush();
    for (let d = 10; d < 12; d++) index.insert(d, [1]);
    expect(index.query([1, 105], 11)).toEqual(new Map([[5, 1]]));
    expect(index.query([1], 12).size).toBe(12);
  });

  it("grows past its initial capacity", () => {
    const index = new BandIndex();
    for (let d = 0; d < 5000; d++) index.insert(d, [d * 3, d * 3 + 1, 7]);
    expect(index.query([7]).size).toBe(5000);
    expect(index.query([300, 301])).toEqual(new Map([[100, 2]]));
    expect(index.bytes).toBeGreaterThan(0);
  });
});
