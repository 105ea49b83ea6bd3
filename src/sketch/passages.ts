/**
 * Passage windows over a document, aligned to sentences: chunks of at least
 * CHUNK_UNITS words, and each window two neighbouring chunks, so that any
 * excerpt of a chunk or more lies wholly inside some window.
 */
import type { Analysis } from "../text/index.js";

/** About two news sentences: short enough to find a one-paragraph excerpt. */
export const CHUNK_UNITS = 40;

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
  if (chunks.length <= 1) return chunks;
  return chunks.slice(0, -1).map((c, i) => ({ from: c.from, to: (chunks[i + 1] as Passage).to }));
}
