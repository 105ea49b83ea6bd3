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

export interface Store {
  /** Stores a batch in one transaction; documents already present are skipped. */
  putDocuments(docs: readonly StoredDocument[]): Promise<PutResult>;
  /** Which of these ids are already stored. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  /** A document by id or by a unique id prefix of at least 4 characters. */
  getDocument(idOrPrefix: string): Promise<StoredDocument | undefined>;
  listDocuments(options?: ListOptions): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;
  close(): Promise<void>;
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
export class SchemaVersionError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`store schema version ${found} is newer than this unspun supports (${supported}); upgrade unspun`);
    this.name = "SchemaVersionError";
  }
}

export const MIN_ID_PREFIX = 4;
