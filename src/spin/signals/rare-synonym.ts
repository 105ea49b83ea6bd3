/**
 * Rare synonyms. Spinners swap a word for a thesaurus neighbour, and a
 * thesaurus lists common and rare words side by side, so a spun text is
 * full of rare words ("commence") whose synonym ("begin") is far more
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
/** Candidates scoring at least this share of the best one compete on context fit. */
const STRONG_CANDIDATE = 0.25;

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
  for (const [index, unit] of analysis.units.entries()) {
    if (!isContentWord(unit)) continue;
    content++;
    const frequency = Math.max(resources.webFrequency(unit.lemma), resources.webFrequency(unit.norm));
    if (frequency >= MAX_SUSPECT_FREQUENCY) continue;
    let bestFrequency = 0;
    for (const s of lexicon.synonymsOf(unit.lemma)) bestFrequency = Math.max(bestFrequency, resources.webFrequency(s));
    const strength = Math.log10((bestFrequency + FLOOR) / (frequency + FLOOR)) - 1;
    if (strength <= 0) continue;
    if (!seen.has(unit.lemma)) {
      seen.add(unit.lemma);
      total += strength;
    }
    if (strength >= SPAN_STRENGTH) {
      const text = analysis.text.slice(unit.start, unit.end);
      const suggestion = likelyOriginal(index, unit.lemma, frequency, ctx);
      if (suggestion) spans.push({ start: unit.start, end: unit.end, text, kind: "rare-synonym", suggestion: matchCase(suggestion, text) });
    }
  }
  return { spans, density: total / Math.max(1, content), contentWords: content };
}

/** Lower-case-able dictionary words of three letters or more; names and numbers are not spun. */
function isContentWord(unit: Unit): boolean {
  return !unit.stop && !unit.name && unit.value === undefined && unit.norm.length > 2 && /^[a-z]+$/.test(unit.norm);
}

/**
 * The word a rare synonym most likely replaced: a more frequent word close to
 * it in the thesaurus. Spinners' thesauri are not ours, so the original is
 * often not a direct synonym but a synonym of several of its synonyms; each
 * path counts (a direct link twice), weighted by how common the word is.
 * Among the strong candidates, the one that best fits the context wins.
 */
function likelyOriginal(index: number, lemma: string, frequency: number, ctx: SignalContext): string | undefined {
  const { lexicon, resources, fitOf } = ctx;
  const paths = new Map<string, number>();
  for (const near of lexicon.synonymsOf(lemma)) {
    paths.set(near, (paths.get(near) ?? 0) + 2);
    for (const far of lexicon.synonymsOf(near)) if (far !== lemma) paths.set(far, (paths.get(far) ?? 0) + 1);
  }
  const scored: Array<[string, number]> = [];
  for (const [word, count] of paths) {
    const f = resources.webFrequency(word);
    if (f > frequency) scored.push([word, count * Math.log10(1 + f / (frequency + FLOOR))]);
  }
  if (scored.length === 0) return undefined;
  const top = Math.max(...scored.map(([, s]) => s));
  let best = scored.find(([, s]) => s === top)?.[0];
  let bestFit = -Infinity;
  for (const [word, s] of scored) {
    const fit = s >= STRONG_CANDIDATE * top ? fitOf(index, word) : undefined;
    if (fit !== undefined && fit > bestFit) [best, bestFit] = [word, fit];
  }
  // A suggestion that fits the sentence worse than the word it would replace is no original: vivid prose
  // ("careening", "ashen") is rare but right where it stands, and is not shown as a span.
  const own = fitOf(index, lemma);
  if (own !== undefined && bestFit !== -Infinity && bestFit < own) return undefined;
  return best;
}
