/**
 * LSH banding: a signature's bins are cut into `bands` bands of `rows` rows;
 * two signatures become candidates when any band is equal. Bands and rows are
 * chosen from a similarity threshold by minimising the weighted false positive
 * and false negative areas (as datasketch's `_optimal_param`).
 */
import { mix32 } from "./hash.js";
import type { Signature } from "./minhash.js";

export interface BandParams {
  bands: number;
  rows: number;
}

/** P(candidate) for Jaccard `s`: 1 − (1 − s^r)^b. */
export function candidateProbability(s: number, { bands, rows }: BandParams): number {
  return 1 - (1 - s ** rows) ** bands;
}

function integrate(f: (s: number) => number, a: number, b: number): number {
  const steps = 200;
  const h = (b - a) / steps;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += f(a + (i + 0.5) * h) * h;
  return sum;
}

export function optimalParams(threshold: number, k: number, weights = { falsePositive: 0.5, falseNegative: 0.5 }): BandParams {
  let best: BandParams & { error: number } = { bands: 1, rows: k, error: Number.POSITIVE_INFINITY };
  for (let bands = 1; bands <= k; bands++) {
    const maxRows = Math.floor(k / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const p = { bands, rows };
      const fp = integrate((s) => candidateProbability(s, p), 0, threshold);
      const fn = integrate((s) => 1 - candidateProbability(s, p), threshold, 1);
      const error = weights.falsePositive * fp + weights.falseNegative * fn;
      if (error < best.error) best = { bands, rows, error };
    }
  }
  return { bands: best.bands, rows: best.rows };
}

/**
 * One key per band, as a 52-bit integer (exact in a double and in SQLite):
 * two independent 32-bit hashes of the band's rows and its index, so keys of
 * different bands, views and seeds do not collide by construction.
 */
export function bandKeys(sig: Signature, { bands, rows }: BandParams, salt: number): number[] {
  if (bands * rows > sig.k) throw new Error(`${bands} bands × ${rows} rows exceed the signature length ${sig.k}`);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h1 = mix32(salt ^ (b * 0x9e3779b1));
    let h2 = mix32(h1 ^ 0x85ebca6b);
    for (let r = 0; r < rows; r++) {
      const v = sig.values[b * rows + r] as number;
      h1 = mix32(Math.imul(h1, 31) ^ v);
      h2 = mix32(Math.imul(h2, 37) + v);
    }
    keys.push((h1 & 0xfffff) * 0x100000000 + h2);
  }
  return keys;
}
