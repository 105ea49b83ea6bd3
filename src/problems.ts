/**
 * Problems are data. Every stage reports what went wrong as a `Problem` with a
 * code from a closed set and a location; one function words them for people.
 */

export type ProblemCode =
  | "not-found"
  | "unreadable"
  | "not-text"
  | "too-large"
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
  | "unsupported";

export type ProblemSeverity = "error" | "warning";

export interface Problem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** File path, `-` for stdin. */
  file: string;
  /** 1-based line of a JSONL record. */
  line?: number;
  /** 1-based index of a WARC record. */
  record?: number;
  message: string;
}

/** Builds a problem; `where` carries the location. */
export function problem(
  code: ProblemCode,
  severity: ProblemSeverity,
  where: { file: string; line?: number; record?: number },
  message: string,
): Problem {
  return { code, severity, ...where, message };
}

/** One line for people: `file:line: message [code]`. */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.record !== undefined) where += ` record ${p.record}`;
  return `${where}: ${p.severity}: ${p.message} [${p.code}]`;
}
