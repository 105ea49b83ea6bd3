/**
 * The LSH band index in memory: band key → the documents that have it.
 *
 * Log-structured: sorted segments of (key, document) pairs in two typed
 * arrays, 12 bytes a posting, searched by bisection; and a hash-table delta
 * that takes inserts and becomes a new segment when full. Neighbouring
 * segments of similar size are merged, up to a cap, so that no merge ever
 * copies the whole index: a million news documents with a few hundred band
 * keys each fit in a few GiB. Generic: knows keys and document numbers only.
 */
import { DeltaIndex } from "./delta-index.js";

/** Postings the delta takes before it is sorted into a segment. */
const DELTA_POSTINGS = 1 << 20;
/** Segments stop growing at this many postings (768 MiB): merges stay cheap and memory peaks small. */
const MAX_SEGMENT = 1 << 26;

interface Segment {
  keys: Float64Array;
  docs: Int32Array;
}

export class BandIndex {
  #segments: Segment[] = [];
  #delta = new DeltaIndex(DELTA_POSTINGS);

  /** Number of (key, document) postings. */
  get size(): number {
    return this.#segments.reduce((n, s) => n + s.keys.length, 0) + this.#delta.size;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.#segments.reduce((n, s) => n + s.keys.byteLength + s.docs.byteLength, 0) + this.#delta.bytes;
  }

  /** Adds document number `doc` under every key. */
  insert(doc: number, keys: ArrayLike<number>): void {
    this.#delta.insert(doc, keys);
    if (this.#delta.size >= DELTA_POSTINGS) this.flush();
  }

  /**
   * Counts, for each document sharing any of the keys, how many it shares.
   * Keys held by more than `maxPostings` documents are skipped: so common a
   * band is a stock phrase, and walking it would cost more than it tells.
   */
  query(keys: ArrayLike<number>, maxPostings = Number.POSITIVE_INFINITY, hits: Map<number, number> = new Map()): Map<number, number> {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const ranges = this.#segments.map(({ keys: sorted }) => [lowerBound(sorted, key), upperBound(sorted, key)] as const);
      const total = ranges.reduce((n, [from, to]) => n + to - from, 0) + this.#delta.count(key, maxPostings);
      if (total > maxPostings) continue;
      ranges.forEach(([from, to], s) => {
        const docs = (this.#segments[s] as Segment).docs;
        for (let p = from; p < to; p++) hits.set(docs[p] as number, (hits.get(docs[p] as number) ?? 0) + 1);
      });
      this.#delta.collect(key, hits);
    }
    return hits;
  }

  /** Sorts the delta into a segment, then merges neighbouring segments of similar size. */
  flush(): void {
    if (this.#delta.size === 0) return;
    this.#segments.push(this.#delta.sorted());
    this.#delta = new DeltaIndex(DELTA_POSTINGS);
    for (;;) {
      const [a, b] = this.#segments.slice(-2);
      if (!a || !b || b.keys.length * 2 < a.keys.length || a.keys.length + b.keys.length > MAX_SEGMENT) break;
      this.#segments.splice(-2, 2, mergeSegments(a, b));
    }
  }
}

function mergeSegments(a: Segment, b: Segment): Segment {
  const keys = new Float64Array(a.keys.length + b.keys.length);
  const docs = new Int32Array(keys.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < keys.length; k++) {
    if (j >= b.keys.length || (i < a.keys.length && (a.keys[i] as number) <= (b.keys[j] as number))) {
      keys[k] = a.keys[i] as number;
      docs[k] = a.docs[i++] as number;
    } else {
      keys[k] = b.keys[j] as number;
      docs[k] = b.docs[j++] as number;
    }
  }
  return { keys, docs };
}

/** First index whose key is ≥ `key` (or > `key` when `after`). */
function lowerBound(sorted: Float64Array, key: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < key || (after && v === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const upperBound = (sorted: Float64Array, key: number) => lowerBound(sorted, key, true);
