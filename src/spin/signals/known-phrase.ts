/**
 * Known spun phrases: the tortured-phrase seed lexicon and the substitutions
 * learned from aligned copies. Matched on lower-cased words, longest first.
 */
import type { SpinSpan } from "../types.js";
import { matchCase, type SignalContext } from "./context.js";

const MAX_PHRASE_WORDS = 5;
/**
 * A single word learned from aligned pairs marks a text only where it is
 * rare on the web (per million words): a spinner's pick
 * ("perspicacious", "functionaries"), not the common synonym a translation round
 * trip or an editor chooses ("told" for "said"), which clean news uses all
 * the time. And each learned phrase marks a text once, however often it recurs.
 */
const MAX_LEARNED_FREQUENCY = 5;

export function knownPhrases(ctx: SignalContext): SpinSpan[] {
  const { analysis, resources, learned } = ctx;
  const units = analysis.units;
  const spans: SpinSpan[] = [];
  const marked = new Set<string>();
  // A phrase of several words swapped as one is telling as it is (see learned.ts); a single word must be rare.
  const usable = (phrase: string) =>
    !marked.has(phrase) && (phrase.includes(" ") || resources.webFrequency(phrase) < MAX_LEARNED_FREQUENCY);
  for (let i = 0; i < units.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, units.length - i); n >= 1 && !matched; n--) {
      const words = units.slice(i, i + n);
      const norm = words.map((u) => u.norm).join(" ");
      const lemma = words.map((u) => u.lemma).join(" ");
      const learnedAs = learned.has(norm) ? norm : learned.has(lemma) ? lemma : undefined;
      const original =
        (learnedAs !== undefined && usable(learnedAs) ? learned.get(learnedAs) : undefined) ??
        (n > 1 ? (resources.tortured.get(norm) ?? resources.tortured.get(lemma)) : undefined);
      if (original === undefined) continue;
      if (learnedAs !== undefined) marked.add(learnedAs);
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
