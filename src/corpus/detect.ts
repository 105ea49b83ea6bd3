/**
 * Reuse detection over the corpus: sketch and index the given documents, look
 * up candidates in the LSH index, verify each candidate pair by alignment and
 * store the judged relation. Each pair is judged once, with `a < b`.
 */
import type { AlignOptions } from "../align/index.js";
import { type Analysed, analysed, compareArticles, type RelationReport } from "../match/index.js";
import { withDirection } from "../provenance/index.js";
import { SKETCH_VERSION, type Sketch, sketch } from "../sketch/index.js";
import { substitutionsOf } from "../spin/index.js";
import type { Store, StoredRelation } from "../store/index.js";
/**
 * Where candidates come from: the in-memory `CorpusIndex`, or a band table
 * in PostgreSQL shared by workers on many machines.
 */
export interface CandidateSource {
  add(id: string, keys: ArrayLike<number>): void | Promise<void>;
  candidates(keys: ArrayLike<number>, exclude?: string): Map<string, number> | Promise<Map<string, number>>;
}

export interface DetectOptions {
  align?: Partial<AlignOptions>;
  onProgress?: (done: number, total: number) => void;
  /** Analysed documents kept between calls (a worker matching one document per job reuses its neighbours'). */
  cache?: DocumentCache;
  /** Verifies candidate pairs on worker threads instead of here. */
  verify?: PairVerifier;
}

/** Judges candidate pairs, somewhere: the verifier pool's threads (`verify-pool.ts`). */
export interface PairVerifier {
  verify(pairs: ReadonlyArray<[string, string]>): Promise<RelationReport[]>;
}

/** Documents matched together when pairs go to a verifier pool. */
const VERIFY_CHUNK = 32;

/** Sketches written per transaction. */
const SKETCH_BATCH = 200;

/**
 * Analysed documents by id, most recently used kept: analysis costs more than
 * reading, and a candidate comes up again for every copy of its story.
 */
export class DocumentCache {
  readonly #items = new Map<string, Analysed | null>();
  constructor(
    private readonly store: Store,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  async get(id: string): Promise<Analysed | undefined> {
    let item = this.#items.get(id);
    if (item === undefined) {
      const doc = await this.store.getDocument(id);
      item = doc && doc.article.status !== "empty" ? analysed(doc.article, doc.raw) : null;
      if (this.#items.size >= this.limit) this.#items.delete(this.#items.keys().next().value as string);
    } else this.#items.delete(id);
    this.#items.set(id, item);
    return item ?? undefined;
  }
}

/**
 * Sketches the documents that have no current sketch yet and adds them to
 * the in-memory index; the store gets the sketches only once their relations
 * are stored, so a run killed in between redoes them.
 */
async function sketchNew(store: Store, index: CandidateSource, ids: readonly string[], cache: DocumentCache): Promise<Map<string, Sketch>> {
  const done = await store.sketchedIds(ids, SKETCH_VERSION);
  const sketches = new Map<string, Sketch>();
  for (const id of ids) {
    if (done.has(id) || sketches.has(id)) continue;
    const doc = await cache.get(id);
    if (!doc) continue;
    const s = sketch(doc.analysis);
    sketches.set(id, s);
    await index.add(
      id,
      s.keys.map((k) => k.key),
    );
  }
  return sketches;
}

/**
 * Judges every candidate pair that the documents not yet matched form with
 * the corpus (each other included), stores the relations, then the sketches.
 * Documents matched before are skipped: their relations are in the store.
 */
export async function detectRelations(
  store: Store,
  index: CandidateSource,
  ids: readonly string[],
  options: DetectOptions = {},
): Promise<RelationReport[]> {
  const cache = options.cache ?? new DocumentCache(store);
  const sketches = await sketchNew(store, index, ids, cache);
  const seen = new Set<string>();
  const reports: RelationReport[] = [];
  let pending: Array<[string, Sketch]> = [];
  const flush = async () => {
    await store.putSketches(pending.map(([id, sk]) => ({ id, version: sk.version, keys: sk.keys.map((k) => k.key) })));
    pending = [];
  };
  let done = 0;
  const entries = [...sketches];
  // Documents are matched a chunk at a time, so a verifier pool has pairs enough to keep every thread busy.
  const chunkSize = options.verify ? VERIFY_CHUNK : 1;
  for (let from = 0; from < entries.length; from += chunkSize) {
    const chunk = entries.slice(from, from + chunkSize);
    const pairs: Array<[string, string]> = [];
    for (const [id, s] of chunk) {
      const candidates = await index.candidates(
        s.keys.map((k) => k.key),
        id,
      );
      for (const other of candidates.keys()) {
        const [a, b] = id < other ? [id, other] : [other, id];
        const pair = `${a} ${b}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        pairs.push([a, b]);
      }
    }
    const fresh = options.verify ? await options.verify.verify(pairs) : await verifyPairs(pairs, cache, options.align);
    await store.putRelations(fresh.map(toStored));
    reports.push(...fresh);
    for (const entry of chunk) {
      pending.push(entry);
      options.onProgress?.(++done, sketches.size);
    }
    if (pending.length >= SKETCH_BATCH) await flush();
  }
  await flush();
  return reports;
}

/** Judges candidate pairs on this thread, each read through the cache. */
export async function verifyPairs(
  pairs: ReadonlyArray<[string, string]>,
  cache: DocumentCache,
  align?: Partial<AlignOptions>,
): Promise<RelationReport[]> {
  const reports: RelationReport[] = [];
  for (const [a, b] of pairs) {
    const [x, y] = [await cache.get(a), await cache.get(b)];
    if (x && y) reports.push(withDirection(x, y, compareArticles(x, y, align)));
  }
  return reports;
}

function toStored(r: RelationReport): StoredRelation {
  const { a, b, type, coverageA, coverageB, confidence, passages, evidence, drift, direction } = r;
  return {
    a,
    b,
    type,
    coverageA,
    coverageB,
    confidence,
    detail: { passages, evidence, drift, direction },
    substitutions: substitutionsOf(r),
  };
}

export function fromStored(r: StoredRelation): RelationReport {
  const detail = r.detail as Pick<RelationReport, "passages" | "evidence" | "drift" | "direction">;
  return {
    a: r.a,
    b: r.b,
    type: r.type as RelationReport["type"],
    coverageA: r.coverageA,
    coverageB: r.coverageB,
    confidence: r.confidence,
    ...detail,
    // Relations stored before fact drift existed have none.
    drift: detail.drift ?? [],
  };
}
