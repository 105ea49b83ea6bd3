/**
 * What both stores share of a listing query, without SQL: the search words
 * and their LIKE patterns, and the page window.
 */
import type { DocumentQuery, DocumentSummary } from "./store.js";

/** Words looked for at most; a longer search is cut, not refused. */
export const MAX_SEARCH_WORDS = 8;

/** The search's words as LIKE patterns (`%word%`, with `%`, `_` and `\` escaped): each must be found in the title, site or origin. */
export function searchPatterns(text: string | undefined): string[] {
  const words = (text ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  return words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export function pageWindow(q: DocumentQuery): { limit: number; offset: number } {
  return { limit: q.limit ?? 50, offset: q.offset ?? 0 };
}

/** A row's SQL NULLs as missing fields, the way summaries carry them. */
export function withoutNulls<T = DocumentSummary>(row: Record<string, unknown>): T {
  const s = { ...row };
  for (const k of Object.keys(s)) if (s[k] === null) s[k] = undefined;
  return s as T;
}
