/**
 * The write side of the band index: a hash table on typed arrays taking
 * inserts at full speed until it is merged into the sorted base. Open
 * addressing over 52-bit keys (split into two 32-bit halves), postings as
 * linked lists in two parallel arrays; no per-entry objects.
 */
const EMPTY = -1;
const TWO_32 = 0x100000000;

export class DeltaIndex {
  #mask: number;
  #lo: Uint32Array;
  #hi: Uint32Array;
  #head: Int32Array;
  #used = 0;
  #postDoc: Int32Array;
  #postNext: Int32Array;
  #postings = 0;

  constructor(expectedKeys = 1 << 16) {
    const capacity = nextPow2(Math.max(16, expectedKeys * 2));
    this.#mask = capacity - 1;
    this.#lo = new Uint32Array(capacity);
    this.#hi = new Uint32Array(capacity);
    this.#head = new Int32Array(capacity).fill(EMPTY);
    this.#postDoc = new Int32Array(Math.max(16, expectedKeys));
    this.#postNext = new Int32Array(Math.max(16, expectedKeys));
  }

  /** Number of (key, document) postings. */
  get size(): number {
    return this.#postings;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.#lo.byteLength + this.#hi.byteLength + this.#head.byteLength + this.#postDoc.byteLength + this.#postNext.byteLength;
  }

  /** Adds document number `doc` under every key. */
  insert(doc: number, keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      if (this.#postings === this.#postDoc.length) this.#growPostings();
      if ((this.#used + 1) * 2 > this.#head.length) this.#rehash();
      const slot = this.#slot(keys[i] as number, true);
      this.#postDoc[this.#postings] = doc;
      this.#postNext[this.#postings] = this.#head[slot] as number;
      this.#head[slot] = this.#postings++;
    }
  }

  /** Adds one hit to `hits` for every document holding `key`. */
  collect(key: number, hits: Map<number, number>): void {
    const slot = this.#slot(key, false);
    if (slot < 0) return;
    for (let p = this.#head[slot] as number; p !== EMPTY; p = this.#postNext[p] as number) {
      const doc = this.#postDoc[p] as number;
      hits.set(doc, (hits.get(doc) ?? 0) + 1);
    }
  }

  /** Postings under `key`, counted up to `limit + 1`. */
  count(key: number, limit: number): number {
    const slot = this.#slot(key, false);
    let n = 0;
    if (slot < 0) return n;
    for (let p = this.#head[slot] as number; p !== EMPTY && n <= limit; p = this.#postNext[p] as number) n++;
    return n;
  }

  /** The slot of `key`, claimed if absent and `create`; −1 if absent otherwise. */
  #slot(key: number, create: boolean): number {
    const lo = key >>> 0;
    const hi = Math.floor(key / TWO_32) >>> 0;
    let slot = (Math.imul(lo ^ hi, 0x9e3779b1) >>> 0) & this.#mask;
    for (;;) {
      if (this.#head[slot] === EMPTY) {
        if (!create) return -1;
        this.#lo[slot] = lo;
        this.#hi[slot] = hi;
        this.#used++;
        return slot;
      }
      if (this.#lo[slot] === lo && this.#hi[slot] === hi) return slot;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Every posting, sorted by key: the form the sorted base merges. */
  sorted(): { keys: Float64Array; docs: Int32Array } {
    const n = this.#postings;
    const keyOf = new Float64Array(n);
    for (let s = 0; s < this.#head.length; s++) {
      const key = (this.#hi[s] as number) * TWO_32 + (this.#lo[s] as number);
      for (let p = this.#head[s] as number; p !== EMPTY; p = this.#postNext[p] as number) keyOf[p] = key;
    }
    const order = sortByKey(keyOf);
    const keys = new Float64Array(n);
    const docs = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = order[i] as number;
      keys[i] = keyOf[p] as number;
      docs[i] = this.#postDoc[p] as number;
    }
    return { keys, docs };
  }

  #growPostings(): void {
    const size = this.#postDoc.length * 2;
    const doc = new Int32Array(size);
    const next = new Int32Array(size);
    doc.set(this.#postDoc);
    next.set(this.#postNext);
    this.#postDoc = doc;
    this.#postNext = next;
  }

  #rehash(): void {
    const [lo, hi, head] = [this.#lo, this.#hi, this.#head];
    const capacity = head.length * 2;
    this.#mask = capacity - 1;
    this.#lo = new Uint32Array(capacity);
    this.#hi = new Uint32Array(capacity);
    this.#head = new Int32Array(capacity).fill(EMPTY);
    this.#used = 0;
    for (let s = 0; s < head.length; s++) {
      if (head[s] === EMPTY) continue;
      const slot = this.#slot((hi[s] as number) * TWO_32 + (lo[s] as number), true);
      this.#head[slot] = head[s] as number;
    }
  }
}

/**
 * Indexes of `keys` in key order. Band keys are uniform hashes, so a bucket
 * pass on the top bits leaves buckets of a few dozen to sort by comparison.
 */
function sortByKey(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const BUCKET_BITS = 16;
  const shift = 52 - BUCKET_BITS;
  const bucketOf = (k: number) => Math.floor(k / 2 ** shift);
  const counts = new Uint32Array((1 << BUCKET_BITS) + 1);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(keys[i] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
  }
  for (let b = 1; b < counts.length; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
  const order = new Uint32Array(n);
  const fill = counts.slice(0, -1);
  for (let i = 0; i < n; i++) order[(fill[bucketOf(keys[i] as number)] as number)++] = i;
  for (let b = 0; b < counts.length - 1; b++) {
    const from = counts[b] as number;
    const to = counts[b + 1] as number;
    for (let i = from + 1; i < to; i++) {
      const v = order[i] as number;
      let j = i - 1;
      while (j >= from && (keys[order[j] as number] as number) > (keys[v] as number)) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = v;
    }
  }
  return order;
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
