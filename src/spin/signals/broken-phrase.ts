/**
 * Broken fixed phrases. A spinner swaps words one at a time, so inside a
 * multiword expression it leaves a frame that no longer holds together:
 * "take place" becomes "require place". An n-gram is flagged when putting
 * a thesaurus neighbour of one of its words (or phrases) back gives a known
 * expression while the n-gram itself is none.
 */
import { STOPWORDS, type Unit } from "../../text/index.js";
import type { SpinSpan } from "../types.js";
import { matchCase, type SignalContext } from "./context.js";

/** Longest phrase a spinner puts in place of one word ("in close proximity to"). */
const MAX_SLOT_WORDS = 4;
/** Longest expression in the resources. */
const MAX_EXPRESSION_WORDS = 4;
/**
 * Function words are too common to anchor a frame: "of *" would match "of
 * course" and flag every "of direction". A frame needs one content word or
 * verb particle ("rule out").
 */
const PARTICLES = new Set("up down out off over away back around through along".split(" "));
const isAnchor = (u: Unit) => !STOPWORDS.has(u.lemma) || PARTICLES.has(u.lemma);
/**
 * Spinners' choices are rarer than the word they displace, and natural
 * variants of an expression ("security concerns" for "security interest")
 * are not: the expected word must be this many times more frequent than the
 * slot. Two-word expressions are weak frames, so they need a wider margin.
 */
const RARITY = 2;
const PAIR_RARITY = 5;

export function brokenPhrases(ctx: SignalContext): SpinSpan[] {
  const { analysis, lexicon, resources } = ctx;
  const units = analysis.units;
  const spans: SpinSpan[] = [];
  let coveredUntil = 0;
  for (let i = 0; i < units.length; i++) {
    if (units[i]?.value !== undefined || units[i]?.stop) continue;
    const found = matchAt(i);
    if (found && found.start >= coveredUntil) {
      spans.push(found);
      coveredUntil = found.end;
    }
  }
  return spans;

  function matchAt(i: number): SpinSpan | undefined {
    for (let slotWords = 1; slotWords <= MAX_SLOT_WORDS && i + slotWords <= units.length; slotWords++) {
      const slot = units.slice(i, i + slotWords);
      if (!inOneSentence(slot)) break;
      const slotLemma = slot.map((u) => u.lemma).join(" ");
      const slotNorm = slot.map((u) => u.norm).join(" ");
      const neighbours = slotWords > 1 ? (resources.phraseNeighbours(slotNorm) ?? resources.phraseNeighbours(slotLemma)) : undefined;
      if (slotWords > 1 && !neighbours) continue;
      for (let left = 0; left < MAX_EXPRESSION_WORDS; left++) {
        for (let right = 0; left + right + 1 <= MAX_EXPRESSION_WORDS; right++) {
          if (left + right === 0 || i - left < 0 || i + slotWords + right > units.length) continue;
          const before = units.slice(i - left, i);
          const after = units.slice(i + slotWords, i + slotWords + right);
          const anchors = [...before, ...after];
          if (!anchors.some(isAnchor) || !inOneSentence([...before, ...slot, ...after])) continue;
          const lemmas = (list: Unit[]) => list.map((u) => u.lemma);
          const frame = [...lemmas(before), "*", ...lemmas(after)].join(" ");
          const fills = resources.fills(frame);
          if (!fills) continue;
          if (resources.isExpression([...lemmas(before), slotLemma, ...lemmas(after)].join(" "))) continue;
          const slotFrequency = Math.max(
            ...slot.filter((u) => !u.stop).map((u) => Math.max(resources.webFrequency(u.lemma), resources.webFrequency(u.norm))),
          );
          const related = (expected: string, length: number, far: boolean) => {
            // Spinners replace content words: a swapped particle ("look ahead" for "look up") is ordinary English.
            if (STOPWORDS.has(expected) || slot.some((u) => u.lemma === expected || u.norm === expected)) return false;
            if (resources.webFrequency(expected) < (length === 2 ? PAIR_RARITY : RARITY) * slotFrequency) return false;
            if (slotWords === 1) return !far && lexicon.areSynonyms(slotLemma, expected);
            return far ? length >= 3 && neighbours?.far.has(expected) : neighbours?.near.has(expected);
          };
          const fill = fills.find((f) => related(f.expected, f.length, false)) ?? fills.find((f) => related(f.expected, f.length, true));
          if (fill) {
            const { expected } = fill;
            const first = (before[0] ?? slot[0]) as Unit;
            const last = (after[after.length - 1] ?? slot[slot.length - 1]) as Unit;
            const text = analysis.text;
            const slotStart = (slot[0] as Unit).start;
            const slotEnd = (slot[slot.length - 1] as Unit).end;
            const suggestion =
              text.slice(first.start, slotStart) + matchCase(expected, text.slice(slotStart, slotEnd)) + text.slice(slotEnd, last.end);
            return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: "broken-phrase", suggestion };
          }
        }
      }
    }
    return undefined;
  }

  /** Consecutive units with nothing but spaces or hyphens between them: punctuation ends an expression. */
  function inOneSentence(list: Unit[]): boolean {
    for (let k = 1; k < list.length; k++) {
      if (!/^[\s-]*$/.test(analysis.text.slice((list[k - 1] as Unit).end, (list[k] as Unit).start))) return false;
    }
    return list.length > 0;
  }
}
