/**
 * Passage windows over a document, aligned to sentences: runs of whole
 * sentences of at least CHUNK_UNITS words. An excerpt of two or more
 * paragraphs overlaps some window by half or more, which the passage views'
 * LSH thresholds catch; overlapping windows would find smaller excerpts at
 * twice the index size.
 */
import type { Analysis } from "../text/index.js";

/** About three news sentences, one news paragraph: short enough that a spun excerpt of two paragraphs still fills a window. */
export const CHUNK_UNITS = 60;

export interface Passage {
  /** Unit index range `[from, to)`. */
  from: number;
  to: number;
}

export function passageWindows(analysis: Analysis): Passage[] {
  const chunks: Passage[] = [];
  let from = 0;
  for (const s of analysis.sentences) {
    if (s.to - from >= CHUNK_UNITS) {
      chunks.push({ from, to: s.to });
      from = s.to;
    }
  }
  if (analysis.units.length > from) {
    const last = chunks.at(-1);
    if (last && analysis.units.length - from < CHUNK_UNITS / 2) last.to = analysis.units.length;
    else chunks.push({ from, to: analysis.units.length });
  }
  return chunks;
}
