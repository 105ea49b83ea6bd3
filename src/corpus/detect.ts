/**
 * Reuse detection over the corpus: sketch and index the given documents, look
 * up candidates in the LSH index, verify each candidate pair by alignment and
 * store the judged relation. Each pair is judged once, with `a < b`.
 *
 * Many processes may detect over one store at once, so the order of work is a
 * protocol: a document's sketch is committed (as pending) before any lookup,
 * the index then takes in every sketch committed so far, and the document is
 * marked matched in the transaction that stores its relations. Of two
 * documents detected at once, the later lookup sees the other; a run killed
 * midway leaves its documents pending, and the next run matches them.
 *
 * Every stage is fenced: a document that cannot be analysed, or a pair that
 * cannot be judged, is a problem naming it, and the rest goes on.
 */
import type { AlignOptions } from "../align/index.js";
import { type Analysed, analysed, type RelationReport } from "../match/index.js";
import { errorMessage, type Problem, problem } from "../problems.js";
import { SKETCH_VERSION, sketch } from "../sketch/index.js";
import { substitutionsOf } from "../spin/index.js";
import type { Store, StoredRelation } from "../store/index.js";
import { relate } from "./relate.js";

/**
 * Where candidates come from: the in-memory `CorpusIndex`, or a band table
 * in PostgreSQL shared by workers on many machines.
 */
export interface CandidateSource {
  add(id: string, keys: ArrayLike<number>): void | Promise<void>;
  candidates(keys: ArrayLike<number>, exclude?: string): Map<string, number> | Promise<Map<string, number>>;
  /** Takes in the sketches other processes committed since the last call; a shared table has nothing to take in. */
  refresh?(store: Store): Promise<void>;
}

export interface DetectOptions {
  align?: Partial<AlignOptions>;
  onProgress?: (done: number, total: number) => void;
  /** Documents analysed and sketched, of those new to the index (before matching starts). */
  onSketch?: (done: number, total: number) => void;
  /** A document that could not be analysed or a pair that could not be judged: reported, and the rest goes on. */
  onProblem?: (p: Problem) => void;
  /** Analysed documents kept between calls (a worker matching one document per job reuses its neighbours'). */
  cache?: DocumentCache;
  /** Verifies candidate pairs on worker threads instead of here. */
  verify?: PairVerifier;
}

export interface Verified {
  reports: RelationReport[];
  problems: Problem[];
}

/** Judges candidate pairs, somewhere: the verifier pool's threads (`verify-pool.ts`). */
export interface PairVerifier {
  verify(pairs: ReadonlyArray<[string, string]>): Promise<Verified>;
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

  /** The analysed document; `undefined` when it is not stored or has no text. Throws when analysis fails. */
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

  /** The document's origin, for naming it in a problem; its id when it is not stored. */
  async origin(id: string): Promise<string> {
    return (await this.store.getDocument(id))?.article.origin ?? id;
  }
}

/**
 * Judges every candidate pair that the given documents, and any left pending
 * by earlier runs among them, form with the corpus (each other included),
 * and stores and returns the relations, unrelated pairs left out. Documents matched before are skipped: their
 * relations are in the store.
 */
export async function detectRelations(
  store: Store,
  index: CandidateSource,
  ids: readonly string[],
  options: DetectOptions = {},
): Promise<RelationReport[]> {
  const cache = options.cache ?? new DocumentCache(store);
  const report = options.onProblem ?? (() => {});
  const wanted = [...new Set(ids)];
  const states = await store.sketchStates(wanted, SKETCH_VERSION);
  const keys = await announce(
    store,
    index,
    wanted.filter((id) => !states.has(id)),
    cache,
    report,
    options.onSketch,
  );
  const unmatched = wanted.filter((id) => states.get(id) === false);
  for (const [id, k] of await store.sketchKeys(unmatched, SKETCH_VERSION)) keys.set(id, k);
  await index.refresh?.(store);

  const seen = new Set<string>();
  const reports: RelationReport[] = [];
  const entries = [...keys];
  let done = 0;
  // Documents are matched a chunk at a time, so a verifier pool has pairs enough to keep every thread busy.
  const chunkSize = options.verify ? VERIFY_CHUNK : 1;
  for (let from = 0; from < entries.length; from += chunkSize) {
    const chunk = entries.slice(from, from + chunkSize);
    const pairs: Array<[string, string]> = [];
    for (const [id, k] of chunk) {
      for (const other of (await index.candidates(k, id)).keys()) {
        const [a, b] = id < other ? [id, other] : [other, id];
        const pair = `${a} ${b}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        pairs.push([a, b]);
      }
    }
    const judged = options.verify ? await options.verify.verify(pairs) : await verifyPairs(pairs, cache, options.align);
    for (const p of judged.problems) report(p);
    // A document with a pair that failed stays pending, so the next run tries that pair again.
    const failed = new Set(judged.problems.flatMap((p) => [p.document, p.other]));
    const matched = chunk.map(([id]) => id).filter((id) => !failed.has(id));
    // Unrelated verdicts are not kept: they are most of the pairs judged, and a matched document is never
    // matched again, so nothing needs them to avoid judging a pair twice.
    const related = judged.reports.filter((r) => r.type !== "unrelated");
    await store.putRelations(related.map(toStored), matched);
    reports.push(...related);
    for (const _ of chunk) options.onProgress?.(++done, entries.length);
  }
  return reports;
}

/**
 * Sketches documents and commits their sketches as pending, a batch at a
 * time, adding each to the index; returns the keys of those sketched. A
 * document that cannot be analysed is a problem and is left out.
 */
async function announce(
  store: Store,
  index: CandidateSource,
  ids: readonly string[],
  cache: DocumentCache,
  report: (p: Problem) => void,
  onSketch?: (done: number, total: number) => void,
): Promise<Map<string, ArrayLike<number>>> {
  const keys = new Map<string, ArrayLike<number>>();
  for (let from = 0; from < ids.length; from += SKETCH_BATCH) {
    onSketch?.(Math.min(from, ids.length), ids.length);
    const batch: Array<{ id: string; version: number; keys: number[] }> = [];
    for (const id of ids.slice(from, from + SKETCH_BATCH)) {
      try {
        const doc = await cache.get(id);
        if (doc) batch.push({ id, version: SKETCH_VERSION, keys: sketch(doc.analysis).keys.map((k) => k.key) });
      } catch (err) {
        const file = await cache.origin(id);
        report(problem("analyse-failed", "error", { file, document: id }, `not matched: analysis failed (${errorMessage(err)})`));
      }
    }
    await store.putSketches(batch);
    for (const e of batch) {
      await index.add(e.id, e.keys);
      keys.set(e.id, e.keys);
    }
  }
  if (ids.length > 0) onSketch?.(ids.length, ids.length);
  return keys;
}

/** Judges candidate pairs on this thread, each read through the cache; a pair that fails is a problem. */
export async function verifyPairs(
  pairs: ReadonlyArray<[string, string]>,
  cache: DocumentCache,
  align?: Partial<AlignOptions>,
): Promise<Verified> {
  const reports: RelationReport[] = [];
  const problems: Problem[] = [];
  for (const [a, b] of pairs) {
    try {
      const [x, y] = [await cache.get(a), await cache.get(b)];
      if (x && y) reports.push(relate(x, y, align));
    } catch (err) {
      const file = await cache.origin(a);
      problems.push(problem("match-failed", "error", { file, document: a, other: b }, `pair not judged (${errorMessage(err)})`));
    }
  }
  return { reports, problems };
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
