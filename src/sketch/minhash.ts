/**
 * One-permutation MinHash with optimal densification (Shrivastava, ICML 2017):
 * one hash per element instead of k, empty bins filled from a bin chosen by a
 * per-bin hash chain. Generic: knows nothing of documents.
 */
import { mix32 } from "./hash.js";

export const EMPTY = 0xffffffff;

export interface MinHashParams {
  /** Number of bins (signature length), a power of two. */
  k: number;
  seed: number;
}

/** A frozen signature with the parameters it was made with. */
export interface Signature {
  readonly k: number;
  readonly seed: number;
  readonly values: Uint32Array;
}

export function minhash(elements: ArrayLike<number>, { k, seed }: MinHashParams): Signature {
  if (k <= 0 || (k & (k - 1)) !== 0) throw new Error(`MinHash k must be a power of two, got ${k}`);
  const values = new Uint32Array(k).fill(EMPTY);
  const shift = 32 - Math.log2(k);
  for (let i = 0; i < elements.length; i++) {
    const h = mix32((elements[i] as number) ^ seed);
    const bin = k === 1 ? 0 : h >>> shift;
    const v = mix32(h ^ 0x5bd1e995);
    if (v < (values[bin] as number)) values[bin] = v;
  }
  densify(values, seed);
  return { k, seed, values };
}

/** Fills each empty bin from the first non-empty bin its own hash chain lands on. */
function densify(values: Uint32Array, seed: number): void {
  const k = values.length;
  let filled = 0;
  for (const v of values) if (v !== EMPTY) filled++;
  if (filled === 0 || filled === k) return;
  const source = values.slice();
  for (let bin = 0; bin < k; bin++) {
    if (source[bin] !== EMPTY) continue;
    let probe = mix32(bin ^ seed ^ 0x27d4eb2f);
    for (let attempt = 1; ; attempt++) {
      const from = probe % k;
      if (source[from] !== EMPTY) {
        values[bin] = source[from] as number;
        break;
      }
      probe = mix32(probe + attempt);
    }
  }
}

/** Estimated Jaccard similarity: the share of equal bins. Refuses mismatched signatures. */
export function jaccard(a: Signature, b: Signature): number {
  if (a.k !== b.k || a.seed !== b.seed)
    throw new Error(`cannot compare MinHash signatures made with different parameters (k ${a.k}/${b.k}, seed ${a.seed}/${b.seed})`);
  let same = 0;
  for (let i = 0; i < a.k; i++) if (a.values[i] === b.values[i] && a.values[i] !== EMPTY) same++;
  return same / a.k;
}
