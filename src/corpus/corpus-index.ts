/**
 * The corpus's band index in memory: document ids numbered densely for the
 * typed-array `BandIndex`, loaded once from the stored sketches and kept in
 * step as documents are indexed.
 */
import { BandIndex } from "../index/index.js";
import { SKETCH_VERSION } from "../sketch/index.js";
import type { Store } from "../store/index.js";

/**
 * A band key shared by more documents than this is a stock phrase of the
 * corpus (a dateline, a recurring formula), not evidence of copying; copies
 * of one story share many bands, most of them far rarer.
 */
export const MAX_KEY_DOCUMENTS = 2000;

export class CorpusIndex {
  readonly #index = new BandIndex();
  readonly #ids: string[] = [];
  readonly #numbers = new Map<string, number>();

  static async load(store: Store): Promise<CorpusIndex> {
    const index = new CorpusIndex();
    for await (const { id, keys } of store.sketches(SKETCH_VERSION)) index.add(id, keys);
    return index;
  }

  /** Adds a document's keys; a document already present is left as it is. */
  add(id: string, keys: ArrayLike<number>): void {
    if (this.#numbers.has(id)) return;
    this.#numbers.set(id, this.#ids.length);
    this.#index.insert(this.#ids.length, keys);
    this.#ids.push(id);
  }

  /** Documents sharing band keys with `keys`, with how many they share; `exclude` left out. */
  candidates(keys: ArrayLike<number>, exclude?: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [doc, hits] of this.#index.query(keys, MAX_KEY_DOCUMENTS)) {
      const id = this.#ids[doc] as string;
      if (id !== exclude) out.set(id, hits);
    }
    return out;
  }

  get documents(): number {
    return this.#ids.length;
  }
}
