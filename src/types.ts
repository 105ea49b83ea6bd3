/**
 * Types at the seams of the pipeline. Each stage takes one of these and
 * returns the next: ingest → `RawDocument`, extract → `Article`.
 */
import type { Problem } from "./problems.js";

/** Where a text says its story comes from, and how it says it. */
export type CreditKind = "dateline" | "byline" | "credit-line" | "copyright" | "originally" | "report";

/** A news organisation a text credits (extract/credits.ts finds them; direction reads them). */
export interface Credit {
  outlet: string;
  kind: CreditKind;
  /** The words that give the credit, as written. */
  text: string;
}

/** How the bytes of a document were packaged when we read them. */
export type InputFormat = "text" | "html" | "jsonl" | "warc";

/** Metadata supplied alongside a document (JSONL fields, WARC headers). */
export interface GivenMetadata {
  sourceId?: string;
  url?: string;
  title?: string;
  date?: string;
  site?: string;
  /** When the page was fetched: WARC-Date, or the file's modification time. */
  crawledAt?: string;
}

/** One document as read from an input, before extraction. */
export interface RawDocument {
  /** Content address: the first 16 hex digits of SHA-256 over the content bytes. */
  id: string;
  /** Where it came from: a path, `path#line`, `path#record`, or `-` for stdin. */
  origin: string;
  format: Exclude<InputFormat, "jsonl" | "warc">;
  /** Decoded content: HTML source or plain text, exactly as read. */
  content: string;
  /** Size of the content in bytes before decoding. */
  bytes: number;
  meta: GivenMetadata;
  /** Non-fatal problems met while reading (decoding repairs, truncation). */
  problems: Problem[];
}

/** Where a date was found, in falling order of trust. */
export type DateSource = "given" | "json-ld" | "meta" | "time-element" | "url" | "text" | "site-chrome";

export interface DateInfo {
  /** ISO 8601 date (`YYYY-MM-DD`) or date-time. */
  value: string;
  source: DateSource;
  /** 0..1: how far the date can be trusted as the publication date. */
  confidence: number;
  /** Why the confidence is what it is, when it was lowered. */
  note?: string;
}

/** A paragraph of the clean text. `start`/`end` are offsets into `Article.text`. */
export interface Paragraph {
  start: number;
  end: number;
  /** For plain-text input: offsets into the raw text as read (`RawDocument.content`). */
  rawStart?: number;
  rawEnd?: number;
}

/** Why a block was removed from the main text. */
export type BoilerplateReason =
  | "weather-widget"
  | "date-widget"
  | "reading-time"
  | "masthead"
  | "related-links"
  | "newsletter"
  | "share-bar"
  | "advertisement"
  | "contact-line"
  | "copyright"
  | "caption"
  | "navigation"
  | "byline"
  | "title"
  | "dateline";

export interface BoilerplateBlock {
  text: string;
  reason: BoilerplateReason;
}

export type ArticleStatus = "ok" | "short" | "empty";

/**
 * The extraction stage whose text an article holds: the main-content scorer
 * on the streaming scan, Readability.js on a DOM where the scorer was unsure,
 * the streaming pass over the whole body when both fell short, or plain text.
 */
export type Extractor = "scorer" | "readability" | "stream" | "text";

/** A document after main-text extraction. */
export interface Article {
  id: string;
  origin: string;
  /** The id the input gave the document (a JSONL `id`), if any. */
  sourceId: string | undefined;
  format: RawDocument["format"];
  status: ArticleStatus;
  title: string | undefined;
  byline: string | undefined;
  authors: string[];
  date: DateInfo | undefined;
  site: string | undefined;
  canonicalUrl: string | undefined;
  url: string | undefined;
  language: string | undefined;
  /** The news agency the text's own credit lines name (dateline, byline, credit or copyright line). */
  wireCredit: string | undefined;
  /** Every credit the text gives: the outlets it says its story comes from, and how (absent in documents stored before 0.7). */
  credits?: Credit[];
  copyright: string | undefined;
  text: string;
  paragraphs: Paragraph[];
  /**
   * For plain text: flat triples `textOffset, rawOffset, length` mapping runs
   * of `text` back to the input as read. Empty for HTML.
   */
  sourceMap: number[];
  boilerplate: BoilerplateBlock[];
  /** Which extraction stage produced `text` (absent in documents stored before 0.7). */
  extractor?: Extractor;
  problems: Problem[];
}

/** What provenance adds to a relation: which side is the original, and why. */
export type DirectionDecision = "a-original" | "b-original" | "siblings" | "undetermined";

export interface DirectionEvidence {
  /** Strong (can decide): credit, date, canonical. Weak (only adds): containment, substitutions, spin. Siblings: shared-credit, exclusive-facts. */
  signal: "credit" | "date" | "canonical" | "containment" | "substitutions" | "spin" | "shared-credit" | "exclusive-facts";
  /** The side this evidence says is the original, or both for siblings. */
  favours: "a" | "b" | "both";
  weight: number;
  note: string;
}

export interface Direction {
  decision: DirectionDecision;
  confidence: number;
  evidence: DirectionEvidence[];
  /** Why no side was chosen, when none was. */
  reason?: string;
}
