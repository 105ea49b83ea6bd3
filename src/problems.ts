/**
 * Problems are data. Every stage reports what went wrong as a `Problem` with a
 * code from a closed set, the stage it happened in and a location; one
 * function words them for people. Nothing a document holds stops a batch: a
 * failure at any stage becomes a problem for that file, record, document or
 * pair, and the rest goes on.
 */
import { printable } from "./printable.js";

export type ProblemCode =
  | "not-found"
  | "unreadable"
  | "not-regular"
  | "not-text"
  | "too-large"
  | "too-many-lines"
  | "empty"
  | "invalid-utf8"
  | "nul-bytes"
  | "truncated-gzip"
  | "bad-gzip"
  | "bad-json"
  | "bad-record"
  | "bad-warc"
  | "too-deep"
  | "short-text"
  | "unsupported"
  | "read-failed"
  | "extract-fallback"
  | "extract-failed"
  | "analyse-failed"
  | "match-failed"
  | "place-failed";

/** Where in the pipeline a problem arose. */
export type Stage = "read" | "extract" | "analyse" | "match" | "place";

export type ProblemSeverity = "error" | "warning";

export interface Problem {
  code: ProblemCode;
  severity: ProblemSeverity;
  stage: Stage;
  /** File path, `-` for stdin; for a stored document, its origin. */
  file: string;
  /** 1-based line of a JSONL record. */
  line?: number;
  /** 1-based index of a WARC record. */
  record?: number;
  /** The stored document concerned, once it has an id. */
  document?: string;
  /** The other document of a pair that failed to match. */
  other?: string;
  message: string;
}

export interface ProblemLocation {
  file: string;
  line?: number;
  record?: number;
  document?: string;
  other?: string;
  /** Only where the code alone does not say (a size limit met at extraction, say). */
  stage?: Stage;
}

/** The stage each code arises in, unless the location says otherwise. */
const STAGE: Record<ProblemCode, Stage> = {
  "not-found": "read",
  unreadable: "read",
  "not-regular": "read",
  "not-text": "read",
  "too-large": "read",
  "too-many-lines": "read",
  empty: "read",
  "invalid-utf8": "read",
  "nul-bytes": "read",
  "truncated-gzip": "read",
  "bad-gzip": "read",
  "bad-json": "read",
  "bad-record": "read",
  "bad-warc": "read",
  unsupported: "read",
  "read-failed": "read",
  "too-deep": "extract",
  "short-text": "extract",
  "extract-fallback": "extract",
  "extract-failed": "extract",
  "analyse-failed": "analyse",
  "match-failed": "match",
  "place-failed": "place",
};

/** Builds a problem; `where` carries the location. */
export function problem(code: ProblemCode, severity: ProblemSeverity, where: ProblemLocation, message: string): Problem {
  const { stage = STAGE[code], ...location } = where;
  return { code, severity, stage, ...location, message };
}

/** The message of anything thrown, for a problem: never a stack trace. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * One line for people: `file:line: severity: message [code]`. File names and
 * messages come from inputs, so they are made printable: a name holding a
 * newline or an escape sequence cannot forge a line or drive the terminal.
 */
export function formatProblem(p: Problem): string {
  let where = printable(p.file);
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.record !== undefined) where += ` record ${p.record}`;
  if (p.document !== undefined && !p.file.includes(p.document)) where += ` (${p.document}${p.other ? ` ↔ ${p.other}` : ""})`;
  return `${where}: ${p.severity}: ${printable(p.message)} [${p.code}]`;
}
