/**
 * Known spun phrases: the tortured-phrase seed lexicon and the substitutions
 * learned from aligned copies. Matched on lower-cased words, longest first.
 */
import type { SpinSpan } from "../types.js";
import { matchCase, type SignalContext } from "./context.js";

const MAX_PHRASE_WORDS = 5;

export function knownPhrases(ctx: SignalContext): SpinSpan[] {
  const { analysis, resources, learned } = ctx;
  const units = analysis.units;
  const spans: SpinSpan[] = [];
  for (let i = 0; i < units.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, units.length - i); n >= 1 && !matched; n--) {
      const words = units.slice(i, i + n);
      const norm = words.map((u) => u.norm).join(" ");
      const lemma = words.map((u) => u.lemma).join(" ");
      const original =
        learned.get(norm) ?? learned.get(lemma) ?? (n > 1 ? (resources.tortured.get(norm) ?? resources.tortured.get(lemma)) : undefined);
      if (original === undefined) continue;
      const start = (words[0] as (typeof words)[number]).start;
      const end = (words[n - 1] as (typeof words)[number]).end;
      const text = analysis.text.slice(start, end);
      spans.push({ start, end, text, kind: "known-phrase", suggestion: matchCase(original, text) });
      matched = n;
    }
    i += matched || 1;
  }
  return spans;
}
