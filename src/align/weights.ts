/**
 * How much a shared word says about reuse: rare words a lot, common words
 * little. Self-information from SUBTLEX-US frequencies; words the lexicon has
 * never seen (names, numbers, jargon) weigh the most.
 */
import type { Lexicon, Unit } from "../text/index.js";

/** SUBTLEX-US is 51 million words of subtitles. */
const CORPUS_WORDS = 51_000_000;
/** Caps the weight of unseen words at that of a word seen about twice. */
const FLOOR_COUNT = 2;

export function unitWeight(u: Unit, lex: Lexicon): number {
  if (u.value !== undefined) return Math.log2(CORPUS_WORDS / FLOOR_COUNT) / 2;
  const count = Math.max(FLOOR_COUNT, lex.count(u.lemma), lex.count(u.norm));
  return Math.log2(CORPUS_WORDS / count) / 2;
}
