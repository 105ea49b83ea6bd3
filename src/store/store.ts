/**
 * The `Store` interface: everything later stages persist goes through it, so
 * that SQLite (embedded) and PostgreSQL (scale-out) stay interchangeable.
 * SQL lives only inside the implementations.
 */
import type { Article } from "../types.js";

/** A document as kept: its extraction and the raw content it came from. */
export interface StoredDocument {
  article: Article;
  /** The decoded input: HTML source or plain text exactly as read. */
  raw: string;
  bytes: number;
  ingestedAt: string;
}

/** One line of a listing. */
export interface DocumentSummary {
  id: string;
  origin: string;
  format: Article["format"];
  status: Article["status"];
  title: string | undefined;
  site: string | undefined;
  date: string | undefined;
  dateConfidence: number | undefined;
  words: number;
  ingestedAt: string;
}

export interface PutResult {
  inserted: number;
  /** Already stored under the same content id; left untouched. */
  existing: number;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  /** Only these documents. */
  ids?: readonly string[];
}

/** Columns the corpus listing sorts by: `ingested` (the default) is ingest order. */
export type DocumentSort = "ingested" | "title" | "date" | "site" | "words" | "copies" | "spin";
export const DOCUMENT_SORTS: readonly DocumentSort[] = ["ingested", "title", "date", "site", "words", "copies", "spin"];

/** One page of the corpus listing: filters, a sort and a window, answered over the whole store. */
export interface DocumentQuery {
  /** Words each found (case-insensitive, as substrings) in the title, the site or the origin. */
  text?: string;
  /** Only documents whose stored spin verdict is this one. */
  spin?: string;
  /** Only documents with at least one copy (a relation of `copyTypes`, or a second origin when `duplicate` is one). */
  copiesOnly?: boolean;
  /** The relation types that count as copies: the judge's, passed in (the store knows no judge). */
  copyTypes: readonly string[];
  sort?: DocumentSort;
  /** Missing values (no date, no site, no verdict) come last either way. */
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

/** A listed document: its summary, its stored spin verdict and score, and how many copies it has. */
export interface ListedDocument extends DocumentSummary {
  spin: string | undefined;
  spinScore: number | undefined;
  copies: number;
}

export interface DocumentPage {
  /** Documents matching the query, over the whole store. */
  total: number;
  documents: ListedDocument[];
}

/** A document's spin verdict as stored for listing and filtering (the full report is computed on demand). */
export interface SpinRow {
  doc: string;
  verdict: string;
  score: number;
}

/** What a corpus holds, counted in the store. */
export interface StoreCounts {
  documents: number;
  /** Judged pairs by relation type (unrelated and self pairs left out). */
  relations: Record<string, number>;
  /** Documents by stored spin verdict; documents not judged yet are not counted. */
  spin: Record<string, number>;
}

/** LSH band keys of one document, as the index stores them. */
export interface SketchEntry {
  id: string;
  /** The sketch format; entries of another version are rebuilt. */
  version: number;
  keys: ArrayLike<number>;
}

/** A judged pair, stored once with `a < b`. */
export interface RelationFilter {
  among?: readonly string[];
  involving?: string;
  /** Only the direction of each relation's detail: what copy families need, without passages and evidence. */
  brief?: boolean;
}

export interface StoredRelation {
  a: string;
  b: string;
  type: string;
  coverageA: number;
  coverageB: number;
  confidence: number;
  /** Passages, evidence and anything else the judge said, as stored JSON. */
  detail: unknown;
  /** Word substitutions this pair teaches (original → spun), counted; replaced with the pair. */
  substitutions?: readonly LearnedSubstitution[];
}

/** A document's place in the story clustering: its story and its profile (stored JSON). */
export interface StoredStoryRow {
  doc: string;
  story: string;
  profile: unknown;
  /** The sequence number the row was last written under (set by the store). */
  seq?: number;
}

/** A substitution a spinner made: `spun` in place of `original`, seen `count` times. */
export interface LearnedSubstitution {
  original: string;
  spun: string;
  count: number;
}

/** One place a document's content was read from: a file, a JSONL record, a WARC record, a URL. */
export interface Origin {
  doc: string;
  origin: string;
  ingestedAt: string;
}

export interface Store {
  /**
   * Stores a batch in one transaction: the new documents (those already
   * present are skipped), and every origin they and `seen` were read from.
   * A content id keeps all of its origins; re-reading an origin adds nothing.
   */
  putDocuments(docs: readonly StoredDocument[], seen?: readonly Origin[]): Promise<PutResult>;
  /** Every origin of these documents, in the order they were first read. */
  origins(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** Which of these ids are already stored. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  /** A document by id or by a unique id prefix of at least 4 characters. */
  getDocument(idOrPrefix: string): Promise<StoredDocument | undefined>;
  listDocuments(options?: ListOptions): Promise<DocumentSummary[]>;
  /** One page of documents matching a query, with the number matching: the corpus view's listing, searched, filtered and sorted in the store. */
  queryDocuments(query: DocumentQuery): Promise<DocumentPage>;
  /** Stores (or replaces) the spin verdicts of documents, in one transaction. */
  putSpin(rows: readonly SpinRow[]): Promise<void>;
  /** Documents, relations by type and spin verdicts, counted. */
  counts(): Promise<StoreCounts>;
  countDocuments(): Promise<number>;
  /**
   * Stores (or replaces) the band keys of each document, in one transaction,
   * as not yet matched, each under a new sequence number. Sequence numbers
   * follow commit order, so a reader that has seen every sketch up to one
   * number has missed none below it (`sketchesSince`).
   */
  putSketches(entries: readonly SketchEntry[]): Promise<void>;
  /** For each of these documents with band keys of this version: whether it has been matched (true) or is pending (false). */
  sketchStates(ids: readonly string[], version: number): Promise<Map<string, boolean>>;
  /** Stored documents with text whose band keys of this version are missing or not yet matched; only those ingested before `before` (ISO time) when given. */
  pendingIds(version: number, before?: string): Promise<string[]>;
  /** The stored band keys of these documents. */
  sketchKeys(ids: readonly string[], version: number): Promise<Map<string, Float64Array>>;
  /** Every stored sketch of this version with a sequence number above `after`, in sequence order. */
  sketchesSince(version: number, after: number): AsyncIterable<SequencedSketch>;
  /**
   * Stores judged pairs (a pair already stored is replaced) and marks the
   * `matched` documents as matched, in one transaction: a run killed before
   * it leaves them pending, to be matched again.
   */
  putRelations(relations: readonly StoredRelation[], matched?: readonly string[]): Promise<void>;
  /** The learned substitution lexicon: counts summed over every pair and import. */
  substitutions(): Promise<LearnedSubstitution[]>;
  /** Adds imported substitutions to the lexicon (counts add up), in one transaction. */
  importSubstitutions(rows: readonly LearnedSubstitution[]): Promise<void>;
  /** Story rows written after sequence number `after` (0: every row), in sequence order. */
  storyRowsSince(after: number): Promise<StoredStoryRow[]>;
  /** Stores (or replaces) story rows, in one transaction, each under a new sequence number. */
  putStoryRows(rows: readonly StoredStoryRow[]): Promise<void>;
  /** The stored relations of pairs among `ids` (or involving `involving`). */
  relations(filter: RelationFilter): Promise<StoredRelation[]>;
  /** Every pair of two documents related by one of `types`, ids only: copy families without reading details. */
  copyLinks(types: readonly string[]): Promise<Array<{ a: string; b: string }>>;
  close(): Promise<void>;
}

/** A stored sketch with the sequence number it was written under. */
export interface SequencedSketch {
  id: string;
  keys: Float64Array;
  seq: number;
}

/**
 * The store could not be opened or written: a missing store for a command
 * that only reads, a location that cannot be created, a store in use by a
 * newer version. The CLI's exit code 3 (or 1 for a missing store).
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

/** Raised when an id prefix names more than one document. */
export class AmbiguousIdError extends Error {
  constructor(
    readonly prefix: string,
    readonly matches: string[],
  ) {
    super(`id prefix "${prefix}" matches ${matches.length} documents: ${matches.slice(0, 5).join(", ")}`);
    this.name = "AmbiguousIdError";
  }
}

/** Raised when a store was written by a newer schema than this build knows. */
export class SchemaVersionError extends StoreError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`store schema version ${found} is newer than this unspun supports (${supported}); upgrade unspun`);
    this.name = "SchemaVersionError";
  }
}

export const MIN_ID_PREFIX = 4;
