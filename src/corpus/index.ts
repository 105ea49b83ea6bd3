/**
 * The library's front door: a `Corpus` is a store plus the pipeline that
 * fills it. CLI, server and web are thin shells over this.
 *
 * @example
 * const corpus = Corpus.open(".unspun/unspun.db");
 * const summary = await corpus.ingest(["examples/seeds"]);
 * console.log(summary.inserted, await corpus.count());
 * await corpus.close();
 */
import type { AlignOptions } from "../align/index.js";
import { COPY_TYPES } from "../judge/index.js";
import { type Analysed, identicalAt, type RelationReport } from "../match/index.js";
import { errorMessage, type Problem, problem } from "../problems.js";
import { copyFamilies, type Family, type Story, StoryClusters, type StoryRow, storyProfile } from "../provenance/index.js";
import { SKETCH_VERSION, sketch } from "../sketch/index.js";
import { detectSpin, learnedMap } from "../spin/index.js";
import {
  type DocumentPage,
  type DocumentQuery,
  type LearnedSubstitution,
  type ListOptions,
  openStore,
  type SpinRow,
  type SqliteOptions,
  type Store,
  type StoredRelation,
} from "../store/index.js";
import { CorpusIndex } from "./corpus-index.js";
import { type DetectOptions, DocumentCache, detectRelations, fromStored } from "./detect.js";
import { type IngestRunOptions, type IngestSummary, ingestInputs } from "./ingest.js";
import { type Comparison, comparison, relate } from "./relate.js";
import { type Ingested, ingestRecords, type ScanOptions, type ScanResult, scanInputs } from "./scan.js";

export { MAX_CANDIDATES, MAX_KEY_DOCUMENTS } from "./corpus-index.js";
export type { CandidateSource, DetectOptions } from "./detect.js";
export { DEFAULT_BATCH_SIZE, type IngestRunOptions, type IngestSummary } from "./ingest.js";
export { postedText, UnreadableTextError } from "./posted.js";
export { type Comparison, comparison, relate } from "./relate.js";
export {
  answerRequest,
  type CompareAnswer,
  DeadlineError,
  type FindAnswer,
  PoolBusyError,
  REQUEST_DEADLINE_MS,
  RequestPool,
  type RequestPoolOptions,
} from "./request-pool.js";
export type { Ingested, ScanOptions, ScanResult, ScanStage } from "./scan.js";
export { VerifyPool } from "./verify-pool.js";

/** A record to ingest: `text` or `html`, and optional `id`, `url`, `title`, `date`, `site` (as in JSONL input). */
export type DocumentRecord = Record<string, unknown>;

/** Analysed documents kept per corpus: each is analysed once, and comes up again for every copy of its story. */
const CACHED_DOCUMENTS = 5000;

export class Corpus {
  #index: Promise<CorpusIndex> | undefined;
  readonly #stories = new StoryClusters();
  /** The highest story-row sequence number taken in: rows written since, here or elsewhere, are read before stories are used. */
  #storySeq = 0;
  /** Analysed documents, shared by every call: a server answers many finds and compares over the same documents. */
  readonly #documents: DocumentCache;
  constructor(readonly store: Store) {
    this.#documents = new DocumentCache(store, CACHED_DOCUMENTS);
  }

  /** The in-memory band index, loaded from the store on first use. */
  #bandIndex(): Promise<CorpusIndex> {
    this.#index ??= CorpusIndex.load(this.store);
    return this.#index;
  }

  /** Opens the store at `location`: a SQLite path (`.unspun/unspun.db` by default) or a `postgres://` URL. */
  static open(location?: string, options?: SqliteOptions): Corpus {
    return new Corpus(openStore(location, options));
  }

  /** Reads and stores the inputs (files, directories, `-`); nothing is matched. */
  ingest(inputs: readonly string[], options?: IngestRunOptions): Promise<IngestSummary> {
    return ingestInputs(this.store, inputs, options);
  }

  /**
   * The main job: stores the inputs, matches every new document (and any an
   * earlier run left pending) against the corpus, places them in stories,
   * and returns the documents, relations, families and stories they touch.
   */
  scan(inputs: readonly string[], options?: ScanOptions): Promise<ScanResult> {
    return scanInputs(this, inputs, options);
  }

  /**
   * Stores records given as objects (an API request), then matches and
   * places them like `scan`; `origin` names them in problems ("request#L2").
   */
  ingestDocuments(records: readonly DocumentRecord[], options?: ScanOptions & { origin?: string }): Promise<Ingested> {
    return ingestRecords(this, records, options);
  }

  /** A stored document, analysed (once per corpus, then kept); `undefined` when none has that id or it has no text. */
  document(id: string): Promise<Analysed | undefined> {
    return this.#documents.get(id);
  }

  /** Two texts — analysed, or stored ids — compared: the relation with its direction, restored substitutions and drift. */
  async compare(a: Analysed | string, b: Analysed | string, align?: Partial<AlignOptions>): Promise<Comparison> {
    return comparison(await this.#analysed(a), await this.#analysed(b), align);
  }

  /** The text as given, or the stored document with that id; a missing id is a `NotFoundError`. */
  async #analysed(text: Analysed | string): Promise<Analysed> {
    if (typeof text !== "string") return text;
    const doc = await this.document(text);
    if (!doc) throw new NotFoundError(`no document ${text}`);
    return doc;
  }

  list(options?: ListOptions) {
    return this.store.listDocuments(options);
  }

  get(idOrPrefix: string) {
    return this.store.getDocument(idOrPrefix);
  }

  /**
   * One page of the corpus listing — searched, filtered and sorted over the
   * whole store — with the number of documents matching. Spin verdicts are
   * stored when posted documents are matched (`ScanOptions.judgeSpin`); one on
   * the page without a verdict (stored by `scan` or `ingest`, or by an older
   * version) is judged now and kept.
   */
  async listing(query: Omit<DocumentQuery, "copyTypes"> = {}): Promise<DocumentPage> {
    const page = await this.store.queryDocuments({ ...query, copyTypes: [...COPY_TYPES] });
    const unjudged = page.documents.filter((d) => d.spin === undefined && d.status !== "empty");
    if (unjudged.length > 0) {
      const judged = new Map((await this.judgeSpin(unjudged.map((d) => d.id))).map((r) => [r.doc, r]));
      for (const d of page.documents) {
        const r = judged.get(d.id);
        if (r) Object.assign(d, { spin: r.verdict, spinScore: r.score });
      }
    }
    return page;
  }

  /**
   * Judges these documents for spin with what the corpus has learned, and
   * stores the verdicts the listing filters on; a document that cannot be
   * judged is a problem, and the rest are judged.
   */
  async judgeSpin(ids: readonly string[], options: { onProblem?: (p: Problem) => void } = {}): Promise<SpinRow[]> {
    const learned = await this.learned();
    const rows: SpinRow[] = [];
    for (const id of new Set(ids)) {
      try {
        const doc = await this.document(id);
        if (!doc) continue;
        const report = detectSpin(doc.analysis, { learned });
        rows.push({ doc: doc.article.id, verdict: report.verdict, score: report.score });
      } catch (err) {
        const file = await this.#documents.origin(id);
        options.onProblem?.(problem("analyse-failed", "error", { file, document: id }, `not judged for spin (${errorMessage(err)})`));
      }
    }
    await this.store.putSpin(rows);
    return rows;
  }

  /** Keeps a document's spin verdict, judged elsewhere (a server's report, with the lexicon as it stands now). */
  keepSpin(id: string, report: { verdict: string; score: number }): Promise<void> {
    return this.store.putSpin([{ doc: id, verdict: report.verdict, score: report.score }]);
  }

  /**
   * What the corpus holds: documents, copy relations by type, copy families,
   * documents by spin verdict (and how many are not judged yet) and stories.
   */
  async summary(): Promise<CorpusSummary> {
    const counts = await this.store.counts();
    const copies = Object.fromEntries(Object.entries(counts.relations).filter(([type]) => COPY_TYPES.has(type as RelationReport["type"])));
    const judged = Object.values(counts.spin).reduce((a, b) => a + b, 0);
    const stories = await this.stories();
    return {
      documents: counts.documents,
      relations: counts.relations,
      copies,
      families: (await this.familiesPage({ offset: 0, limit: 1 })).total,
      spin: counts.spin,
      unjudged: Math.max(0, counts.documents - judged),
      stories: stories.length,
      largestStories: stories
        .filter((s) => s.members.length > 1)
        .sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : 1))
        .slice(0, 10)
        .map((s) => ({ id: s.id, label: s.label, members: s.members.length })),
    };
  }

  /** Indexes the documents and judges every candidate pair they form with the corpus. */
  async detect(ids: readonly string[], options?: DetectOptions): Promise<RelationReport[]> {
    return detectRelations(this.store, await this.#bandIndex(), ids, { cache: this.#documents, ...options });
  }

  /**
   * Stored documents not yet matched: left by a killed run or a failed stage,
   * or stored by `ingest` alone; only those ingested before `before` (ISO
   * time), so that a run does not take over the documents of another running now.
   */
  pending(before?: string): Promise<string[]> {
    return this.store.pendingIds(SKETCH_VERSION, before);
  }

  /**
   * Places the documents in stories, incrementally: each joins the stories of
   * similar or related documents already placed (merging them) or starts one.
   * A document that cannot be placed is a problem, and the rest are placed.
   */
  async updateStories(
    ids: readonly string[],
    options: { onProblem?: (p: Problem) => void; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<void> {
    const clusters = await this.#storyClusters();
    const cache = this.#documents;
    const changed = new Map<string, StoryRow>();
    const unique = [...new Set(ids)];
    let done = 0;
    for (const id of unique) {
      options.onProgress?.(++done, unique.length);
      if (clusters.has(id)) continue;
      try {
        const doc = await cache.get(id);
        if (!doc) continue;
        // Copies join their story outright, unless their figures differ (a template reused for another
        // event, or an update); everything else joins by resemblance, within the time window.
        const copies = (await this.relationsOf(id))
          .filter((r) => COPY_TYPES.has(r.type) && r.a !== r.b && (r.evidence.figureConflicts ?? 0) === 0)
          .map((r) => (r.a === id ? r.b : r.a));
        for (const row of clusters.add(id, storyProfile(doc), copies)) changed.set(row.doc, row);
      } catch (err) {
        const file = await cache.origin(id);
        options.onProblem?.(problem("place-failed", "error", { file, document: id }, `not placed in a story (${errorMessage(err)})`));
      }
    }
    await this.store.putStoryRows([...changed.values()]);
  }

  /** Every story, with its label, members and time span. */
  async stories(): Promise<Story[]> {
    return (await this.#storyClusters()).stories();
  }

  /**
   * One page of the corpus's copy families, in order of their first member's
   * id. Only the pairs' ids and types are read for all of them (a covering
   * index); relations in full are read for the families on the page alone.
   */
  async familiesPage(page: { offset: number; limit: number }): Promise<{ total: number; families: Family[] }> {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root) as string;
      parent.set(x, root);
      return root;
    };
    for (const { a, b } of await this.store.copyLinks([...COPY_TYPES])) {
      for (const id of [a, b]) if (!parent.has(id)) parent.set(id, id);
      const [x, y] = [find(a), find(b)];
      // The smaller id is the root, so a family's key is its first member.
      const [root, child] = x < y ? [x, y] : [y, x];
      if (root !== child) parent.set(child, root);
    }
    const groups = new Map<string, string[]>();
    for (const id of [...parent.keys()].sort()) {
      const root = find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
    }
    const members = [...groups.values()].slice(page.offset, page.offset + page.limit);
    // One read for the whole page (relations never cross families), and of each relation only its type and
    // direction: families need no passages.
    const ids = members.flat();
    const families = copyFamilies(await this.#withIdenticals(ids, await this.store.relations({ among: ids, brief: true })));
    families.sort((x, y) => ((x.members[0] as string) < (y.members[0] as string) ? -1 : 1));
    return { total: groups.size, families };
  }

  /** The copy families among these documents' relations, each with its provenance tree. */
  async families(ids: readonly string[]): Promise<Family[]> {
    return copyFamilies(await this.relations(ids));
  }

  async #storyClusters(): Promise<StoryClusters> {
    const rows = await this.store.storyRowsSince(this.#storySeq);
    this.#stories.apply(rows as StoryRow[]);
    // Rows come in sequence order.
    this.#storySeq = Math.max(this.#storySeq, rows.at(-1)?.seq ?? 0);
    return this.#stories;
  }

  /** Every stored relation of one document, unrelated pairs left out. */
  async relationsOf(id: string): Promise<RelationReport[]> {
    return this.#withIdenticals([id], await this.store.relations({ involving: id }));
  }

  /**
   * Relations among these documents, unrelated pairs left out: the judged
   * pairs, and each document read from several origins as a duplicate of itself.
   */
  async relations(ids: readonly string[]): Promise<RelationReport[]> {
    return this.#withIdenticals(ids, await this.store.relations({ among: ids }));
  }

  /** Every origin each document was read from. */
  origins(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.store.origins(ids);
  }

  /**
   * Stored relations as reports, after each document read from several
   * origins as a duplicate of itself; unrelated rows (which stores written
   * before 0.7 hold) left out.
   */
  async #withIdenticals(ids: readonly string[], stored: readonly StoredRelation[]): Promise<RelationReport[]> {
    const identicals = [...(await this.store.origins(ids))].filter(([, o]) => o.length > 1).map(([id, o]) => identicalAt(id, o));
    return [...identicals, ...stored.filter((r) => r.type !== "unrelated").map(fromStored)];
  }

  /** Every corpus document related to a text (analysed, or a stored id), strongest first; nothing is stored. */
  async find(text: Analysed | string): Promise<RelationReport[]> {
    const target = await this.#analysed(text);
    const s = sketch(target.analysis);
    const index = await this.#bandIndex();
    await index.refresh(this.store);
    const candidates = index.candidates(
      s.keys.map((k) => k.key),
      target.article.id,
    );
    const cache = this.#documents;
    const reports: RelationReport[] = [];
    // The text itself stored (the same content): identical to it, with every origin it was read from.
    const stored = (await this.store.origins([target.article.id])).get(target.article.id);
    if (stored) reports.push(identicalAt(target.article.id, stored));
    for (const id of candidates.keys()) {
      const other = await cache.get(id);
      if (!other) continue;
      const r = relate(target, other);
      if (r.type !== "unrelated") reports.push(r);
    }
    return reports.sort((x, y) => strength(y) - strength(x));
  }

  /** What the corpus has learned from its aligned spun pairs, as the spin detector reads it (`detectSpin`'s `learned`). */
  async learned(): Promise<Map<string, string>> {
    return learnedMap(await this.store.substitutions());
  }

  /** The substitution lexicon learned from pairs judged `spun`, plus any imported. */
  substitutions(): Promise<LearnedSubstitution[]> {
    return this.store.substitutions();
  }

  importSubstitutions(rows: readonly LearnedSubstitution[]): Promise<void> {
    return this.store.importSubstitutions(rows);
  }

  count(): Promise<number> {
    return this.store.countDocuments();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** What a corpus holds, counted (`Corpus.summary`). */
export interface CorpusSummary {
  documents: number;
  /** Judged pairs by relation type, same-story included. */
  relations: Record<string, number>;
  /** Pairs of a copy type, by type. */
  copies: Record<string, number>;
  /** Copy families: documents connected by copy relations. */
  families: number;
  /** Documents by stored spin verdict. */
  spin: Record<string, number>;
  /** Documents without a stored verdict yet (judged when listed or next matched). */
  unjudged: number;
  stories: number;
  /** The ten stories with most documents (of more than one). */
  largestStories: Array<{ id: string; label: string; members: number }>;
}

/** A stored id asked for that no document has. */
export class NotFoundError extends Error {}

/** Orders relations: copies before same-story, then by evidence. */
function strength(r: RelationReport): number {
  return (r.type === "same-story" ? 0 : 1) + r.confidence * Math.max(r.coverageA, r.coverageB);
}
