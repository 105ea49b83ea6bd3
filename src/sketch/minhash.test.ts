import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandKeys, candidateProbability, jaccard, minhash, optimalParams } from "./index.js";

const exactJaccard = (a: Set<number>, b: Set<number>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};

/** Two sets with a controlled overlap, drawn from a shared pool. */
const overlappingSets = fc
  .record({
    shared: fc.integer({ min: 0, max: 300 }),
    onlyA: fc.integer({ min: 0, max: 300 }),
    onlyB: fc.integer({ min: 0, max: 300 }),
    base: fc.nat(),
  })
  .filter((r) => r.shared + r.onlyA > 20 && r.shared + r.onlyB > 20)
  .map(({ shared, onlyA, onlyB, base }) => {
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => (base + from + i) >>> 0);
    const s = ids(0, shared);
    return { a: new Set([...s, ...ids(shared, onlyA)]), b: new Set([...s, ...ids(shared + onlyA, onlyB)]) };
  });

describe("MinHash", () => {
  it("estimates Jaccard within the error of 256 bins", () => {
    fc.assert(
      fc.property(overlappingSets, ({ a, b }) => {
        const params = { k: 256, seed: 7 };
        const estimate = jaccard(minhash([...a], params), minhash([...b], params));
        // Standard error is sqrt(J(1-J)/k) ≤ 0.031; five of them leave room for densification.
        expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.16);
      }),
      { numRuns: 60 },
    );
  });

  it("is exact for equal and for disjoint sets", () => {
    const params = { k: 64, seed: 1 };
    const a = Array.from({ length: 100 }, (_, i) => i);
    const b = Array.from({ length: 100 }, (_, i) => i + 1000);
    expect(jaccard(minhash(a, params), minhash([...a].reverse(), params))).toBe(1);
    expect(jaccard(minhash(a, params), minhash(b, params))).toBeLessThan(0.1);
  });

  it("refuses to compare signatures made with different parameters", () => {
    const a = minhash([1, 2, 3], { k: 64, seed: 1 });
    expect(() => jaccard(a, minhash([1, 2, 3], { k: 64, seed: 2 }))).toThrow(/different parameters/);
    expect(() => jaccard(a, minhash([1, 2, 3], { k: 128, seed: 1 }))).toThrow(/different parameters/);
    expect(() => minhash([1], { k: 100, seed: 1 })).toThrow(/power of two/);
  });
});

describe("LSH banding", () => {
  it("derives bands and rows whose S-curve rises through the threshold", () => {
    for (const threshold of [0.2, 0.5, 0.8]) {
      const p = optimalParams(threshold, 128);
      expect(p.bands * p.rows).toBeLessThanOrEqual(128);
      expect(candidateProbability(Math.min(1, threshold + 0.2), p)).toBeGreaterThan(candidateProbability(Math.max(0, threshold - 0.2), p));
      expect(candidateProbability(Math.min(1, threshold + 0.2), p)).toBeGreaterThan(0.5);
    }
  });

  it("makes candidates of similar sets far more often than of dissimilar ones", () => {
    const params = { k: 64, seed: 3 };
    const bands = optimalParams(0.5, 64);
    let similarHits = 0;
    let dissimilarHits = 0;
    fc.assert(
      fc.property(overlappingSets, ({ a, b }) => {
        const j = exactJaccard(a, b);
        const ka = new Set(bandKeys(minhash([...a], params), bands, 1));
        const shared = bandKeys(minhash([...b], params), bands, 1).some((k) => ka.has(k));
        if (j >= 0.8 && shared) similarHits++;
        if (j <= 0.1 && shared) dissimilarHits++;
        if (j >= 0.95) expect(shared).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(similarHits).toBeGreaterThanOrEqual(dissimilarHits);
  });

  it("salts keys by view so equal bands of different views never collide", () => {
    const sig = minhash([1, 2, 3, 4, 5], { k: 64, seed: 1 });
    const p = optimalParams(0.5, 64);
    const one = new Set(bandKeys(sig, p, 1));
    for (const k of bandKeys(sig, p, 2)) expect(one.has(k)).toBe(false);
    for (const k of one) expect(Number.isSafeInteger(k)).toBe(true);
  });
});
