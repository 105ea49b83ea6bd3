/**
 * Rare synonyms. Spinners swap a word for a thesaurus neighbour, and a
 * thesaurus lists common and rare words side by side, so a spun text is
 * full of rare words ("irruption") whose synonym ("invasion") is far more
 * frequent. Frequencies are from web text, so news vocabulary counts as
 * common. The strength of a word is how many orders of magnitude its most
 * frequent synonym outnumbers it by, beyond the first.
 */
import type { Unit } from "../../text/index.js";
import type { SpinSpan } from "../types.js";
import { matchCase, type SignalContext } from "./context.js";

/** Only words rarer than this (per million words) are suspects; common words are nobody's rare synonym. */
const MAX_SUSPECT_FREQUENCY = 50;
/** Smoothing for unseen words, per million. */
const FLOOR = 0.01;
/** A span needs its synonym to be this many orders of magnitude more frequent. */
const SPAN_STRENGTH = 1;

export interface RareSynonyms {
  spans: SpinSpan[];
  /** Summed strength over distinct lemmas, per content word. */
  density: number;
  contentWords: number;
}

export function rareSynonyms(ctx: SignalContext): RareSynonyms {
  const { analysis, lexicon, resources } = ctx;
  const spans: SpinSpan[] = [];
  const seen = new Set<string>();
  let content = 0;
  let total = 0;
  for (const unit of analysis.units) {
    if (!isContentWord(unit)) continue;
    content++;
    const frequency = Math.max(resources.webFrequency(unit.lemma), resources.webFrequency(unit.norm));
    if (frequency >= MAX_SUSPECT_FREQUENCY) continue;
    let best = "";
    let bestFrequency = 0;
    for (const s of lexicon.synonymsOf(unit.lemma)) {
      const f = resources.webFrequency(s);
      if (f > bestFrequency) [best, bestFrequency] = [s, f];
    }
    const strength = Math.log10((bestFrequency + FLOOR) / (frequency + FLOOR)) - 1;
    if (strength <= 0) continue;
    if (!seen.has(unit.lemma)) {
      seen.add(unit.lemma);
      total += strength;
    }
    if (strength >= SPAN_STRENGTH) {
      const text = analysis.text.slice(unit.start, unit.end);
      spans.push({ start: unit.start, end: unit.end, text, kind: "rare-synonym", suggestion: matchCase(best, text) });
    }
  }
  return { spans, density: total / Math.max(1, content), contentWords: content };
}

/** Lower-case-able dictionary words of three letters or more; names and numbers are not spun. */
function isContentWord(unit: Unit): boolean {
  return !unit.stop && !unit.name && unit.value === undefined && unit.norm.length > 2 && /^[a-z]+$/.test(unit.norm);
}
