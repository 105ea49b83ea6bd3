/**
 * Offsets into an article's clean text → offsets into what the user gave us.
 * For plain text that is the file as read (through the extraction source
 * map); for HTML, where the markup has no useful character positions, it
 * stays the clean text.
 */
import type { Article } from "../types.js";

export type OffsetBasis = "file" | "text";

export function offsetBasis(article: Article): OffsetBasis {
  return article.sourceMap.length > 0 ? "file" : "text";
}

/**
 * Maps a clean-text offset; `edge` says whether it starts or ends a range, which
 * decides where an offset in a gap between runs (a joining space, a paragraph
 * break) lands: a start moves to the next run, an end to the previous one.
 */
export function toSource(article: Article, offset: number, edge: "start" | "end"): number {
  const map = article.sourceMap;
  if (map.length === 0) return offset;
  let before = map[1] as number;
  for (let i = 0; i < map.length; i += 3) {
    const t = map[i] as number;
    const raw = map[i + 1] as number;
    const n = map[i + 2] as number;
    const inside = edge === "start" ? offset >= t && offset < t + n : offset > t && offset <= t + n;
    if (inside) return raw + (offset - t);
    if (edge === "start" && t >= offset) return raw;
    if (t + n <= offset) before = raw + n;
  }
  return before;
}
