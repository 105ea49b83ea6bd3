/**
 * Splits the synonym lexicon in two halves by a hash of each pair: the
 * detector sees one half, the benchmark's spinner draws from the other, so a
 * detector cannot score by inverting the spinner's own table.
 */
import { fnv1a } from "../../src/sketch/index.js";
import type { Lexicon } from "../../src/text/index.js";

export function pairHalf(a: string, b: string): 0 | 1 {
  const [x, y] = a < b ? [a, b] : [b, a];
  return (fnv1a(`${x}|${y}`) & 1) as 0 | 1;
}

/** The lexicon with only the synonym pairs (and classes) of one half. */
export function lexiconHalf(lex: Lexicon, half: 0 | 1): Lexicon {
  return {
    isLemma: (w) => lex.isLemma(w),
    count: (w) => lex.count(w),
    classOf: (w) => {
      const root = lex.classOf(w);
      return root !== w && pairHalf(w, root) === half ? root : w;
    },
    areSynonyms: (a, b) => pairHalf(a, b) === half && lex.areSynonyms(a, b),
    synonymsOf: (w) => lex.synonymsOf(w).filter((s) => pairHalf(w, s) === half),
    size: lex.size,
  };
}
