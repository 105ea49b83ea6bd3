/**
 * The corpus's band index in memory: document ids numbered densely for the
 * typed-array `BandIndex`, loaded from the stored sketches and kept in step
 * as documents are indexed, here or by other processes over the same store
 * (`refresh` reads the sketches committed since it last looked).
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

/**
 * Candidates verified per document, strongest (most shared bands) first.
 * Alignment costs milliseconds a pair; a news story has tens of copies, so
 * hundreds of candidates leave room for every copy while bounding the work
 * a document on a crowded topic can cause.
 */
export const MAX_CANDIDATES = 500;

export class CorpusIndex {
  readonly #index = new BandIndex();
  readonly #ids: string[] = [];
  readonly #numbers = new Map<string, number>();
  /** The highest sketch sequence number taken in. */
  #seen = 0;

  static async load(store: Store): Promise<CorpusIndex> {
    const index = new CorpusIndex();
    await index.refresh(store);
    return index;
  }

  /** Takes in every sketch stored since the last refresh, by whichever process. */
  async refresh(store: Store): Promise<void> {
    for await (const { id, keys, seq } of store.sketchesSince(SKETCH_VERSION, this.#seen)) {
      this.add(id, keys);
      this.#seen = seq;
    }
  }

  /** Adds a document's keys; a document already present is left as it is. */
  add(id: string, keys: ArrayLike<number>): void {
    if (this.#numbers.has(id)) return;
    this.#numbers.set(id, this.#ids.length);
    this.#index.insert(this.#ids.length, keys);
    this.#ids.push(id);
  }

  /** Documents sharing band keys with `keys`, most shared first, with how many they share; `exclude` left out. */
  candidates(keys: ArrayLike<number>, exclude?: string): Map<string, number> {
    const ranked = [...this.#index.query(keys, MAX_KEY_DOCUMENTS)]
      .map(([doc, hits]) => [this.#ids[doc] as string, hits] as const)
      .filter(([id]) => id !== exclude)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return new Map(ranked.slice(0, MAX_CANDIDATES));
  }

  get documents(): number {
    return this.#ids.length;
  }
}
