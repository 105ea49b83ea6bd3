/**
 * sketch: an analysed document → LSH band keys for every view. Pure and
 * synchronous; the index stage stores and queries the keys.
 */
import type { Analysis } from "../text/index.js";
import { combine } from "./hash.js";
import { type BandParams, bandKeys, optimalParams } from "./lsh.js";
import { minhash } from "./minhash.js";
import { type Passage, passageWindows } from "./passages.js";
import { MINHASH_SEED, SKETCH_VERSION, VIEWS, type ViewName, type ViewSpec } from "./views.js";

export { combine, fnv1a, mix32 } from "./hash.js";
export { type BandParams, bandKeys, candidateProbability, optimalParams } from "./lsh.js";
export { jaccard, type MinHashParams, minhash, type Signature } from "./minhash.js";
export { CHUNK_UNITS, type Passage, passageWindows } from "./passages.js";
export { SKETCH_VERSION, VIEWS, type ViewName, type ViewSpec } from "./views.js";

export interface BandKey {
  key: number;
  view: ViewName;
  /** Passage index within the document. */
  passage: number;
}

export interface Sketch {
  version: number;
  passages: Passage[];
  keys: BandKey[];
}

const PARAMS = new Map<ViewName, BandParams>(VIEWS.map((v) => [v.name, optimalParams(v.threshold, v.k)]));

function bandParams(view: ViewName): BandParams {
  return PARAMS.get(view) as BandParams;
}

export function sketch(analysis: Analysis): Sketch {
  const passages = passageWindows(analysis);
  const keys: BandKey[] = [];
  for (const view of VIEWS) {
    passages.forEach((w, passage) => {
      const shingles = viewShingles(analysis, w, view);
      if (shingles.length === 0) return;
      const sig = minhash(shingles, { k: view.k, seed: MINHASH_SEED });
      for (const key of bandKeys(sig, bandParams(view.name), view.id)) keys.push({ key, view: view.name, passage });
    });
  }
  return { version: SKETCH_VERSION, passages, keys };
}

/**
 * The shingle hashes of one view over a unit range. Repeats are kept: MinHash
 * ignores them, and removing them would cost more than hashing them.
 */
export function viewShingles(analysis: Analysis, range: Passage, view: ViewSpec): Uint32Array {
  const terms: number[] = [];
  for (let i = range.from; i < range.to; i++) {
    const term = view.term(analysis.units[i] as Analysis["units"][number]);
    if (term !== undefined) terms.push(term);
  }
  const n = Math.min(view.shingle, terms.length);
  if (n === 0) return new Uint32Array(0);
  const out = new Uint32Array(terms.length - n + 1);
  for (let i = 0; i + n <= terms.length; i++) out[i] = combine(terms, i, n);
  return out;
}
