/**
 * Substitutions read off an aligned pair: which words one side put in place
 * of the other's. The side whose words are rarer on the web is taken to be
 * the spun one, as spinners pick rarer synonyms; a pair of equally common
 * words says nothing about direction and is left out.
 */
import type { Change, RelationReport } from "../match/index.js";
import { lemmatize, lexicon, STOPWORDS } from "../text/index.js";
import { type SpinResources, spinResources } from "./resources.js";

export interface Substitution {
  original: string;
  spun: string;
}

/** Changes that are word choices, not spelling: numbers and name variants are the same word. */
const WORD_CHOICES = new Set<Change["kind"]>(["synonym", "other"]);
/** The spun side's rarest word must be this many times rarer than the original's. */
const DIRECTION_RATIO = 2;
const MAX_WORDS = 4;

/** Substitutions from every passage of a pair, counted; `[]` unless the pair was judged `spun`. */
export function substitutionsOf(
  report: RelationReport,
  resources: SpinResources = spinResources(),
): Array<Substitution & { count: number }> {
  if (report.type !== "spun") return [];
  const counts = new Map<string, number>();
  for (const passage of report.passages) {
    for (const change of passage.changes) {
      const s = direction(change, resources);
      if (s) counts.set(`${s.original}\t${s.spun}`, (counts.get(`${s.original}\t${s.spun}`) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, count]) => {
    const [original = "", spun = ""] = key.split("\t");
    return { original, spun, count };
  });
}

function direction(change: Change, resources: SpinResources): Substitution | undefined {
  // Only changes in sentence pairs that show reuse on their own: elsewhere a changed word may be a misalignment.
  if (!WORD_CHOICES.has(change.kind) || !change.sure) return undefined;
  const a = phrase(change.a);
  const b = phrase(change.b);
  // A spinner swaps dictionary words for dictionary words: a name matched to a word is a misalignment,
  // and a swapped function word is grammar, not spin.
  if (!a || !b || a === b || !inDictionary(a) || !inDictionary(b) || STOPWORDS.has(a) || STOPWORDS.has(b)) return undefined;
  const rarer = rarerSide(a, b, resources);
  return rarer === undefined ? undefined : rarer === "b" ? { original: a, spun: b } : { original: b, spun: a };
}

/** Which of two word choices is clearly rarer on the web (its rarest word), if either. */
export function rarerSide(a: string, b: string, resources: SpinResources = spinResources()): "a" | "b" | undefined {
  const fa = rarest(a, resources);
  const fb = rarest(b, resources);
  if (fa >= DIRECTION_RATIO * fb) return "b";
  if (fb >= DIRECTION_RATIO * fa) return "a";
  return undefined;
}

/** Lower-cased words of a change, or undefined when it is not a short run of words. */
function phrase(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu);
  if (!words || words.length > MAX_WORDS || words.join("").length < text.replace(/[\s\p{P}]/gu, "").length) return undefined;
  return words.join(" ");
}

function rarest(phrase: string, resources: SpinResources): number {
  return Math.min(...(phrase.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [""]).map((w) => resources.webFrequency(w) + 0.01));
}

function inDictionary(phrase: string): boolean {
  const lex = lexicon();
  return phrase.split(" ").every((w) => lex.isLemma(lemmatize(w, lex)));
}
