/**
 * Context fit. A spinner picks a synonym without reading the sentence, so it
 * often takes the wrong sense: "fulfil" for "meet" in "the ministers will
 * meet on Friday". With word vectors trained on news, the surrounding words point
 * at the sense meant; a word whose more common synonym fits them clearly
 * better is a likely substitution. The signal is that gap, per content word.
 */
import type { Unit } from "../../text/index.js";
import type { SpinSpan } from "../types.js";
import type { WordVectors } from "../vectors.js";
import { matchCase, type SignalContext } from "./context.js";

/** Content words on each side that make up the context. */
const WINDOW = 6;
/** Fewer context words than this say nothing about sense. */
const MIN_CONTEXT = 2;
/** A span needs its synonym to fit this much better (in cosine). */
const SPAN_GAP = 0.35;

export interface ContextFit {
  spans: SpinSpan[];
  /** Summed positive gaps per content word that had a context. */
  density: number;
  /** Content words that had a context. */
  words: number;
}

/**
 * How well a word fits the context of the unit at `index`: the cosine of
 * its vector with the sum of its neighbours' (content words within WINDOW).
 * Undefined without vectors, for a word without one, or for a thin context.
 */
export type FitOf = (index: number, word: string) => number | undefined;

export function fitMeasure(units: readonly Unit[], vectors: WordVectors | undefined): FitOf {
  if (!vectors) return () => undefined;
  const contexts = new Map<number, { sum: Float32Array; norm: number } | null>();
  const contextAt = (i: number) => {
    let c = contexts.get(i);
    if (c === undefined) {
      const sum = new Float32Array(vectors.dims);
      let n = 0;
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(units.length - 1, i + WINDOW); j++) {
        const other = units[j] as Unit;
        if (j === i || other.stop || other.value !== undefined) continue;
        const v = vectors.get(other.norm) ?? vectors.get(other.lemma);
        if (!v) continue;
        for (let d = 0; d < sum.length; d++) sum[d] = (sum[d] as number) + (v[d] as number);
        n++;
      }
      c = n < MIN_CONTEXT ? null : { sum, norm: Math.sqrt(dot(sum, sum)) * 127 };
      contexts.set(i, c);
    }
    return c;
  };
  return (index, word) => {
    const v = vectors.get(word);
    const c = v && contextAt(index);
    return v && c ? dot(v, c.sum) / c.norm : undefined;
  };
}

export function contextFit(ctx: SignalContext): ContextFit {
  const { analysis, lexicon, resources, fitOf } = ctx;
  const spans: SpinSpan[] = [];
  let words = 0;
  let total = 0;
  analysis.units.forEach((unit, i) => {
    if (unit.stop || unit.name || unit.value !== undefined || !/^[a-z]{3,}$/.test(unit.norm)) return;
    const fit = fitOf(i, unit.lemma) ?? fitOf(i, unit.norm);
    if (fit === undefined) return;
    const frequency = Math.max(resources.webFrequency(unit.lemma), resources.webFrequency(unit.norm));
    let best = "";
    let bestFit = fit;
    for (const s of lexicon.synonymsOf(unit.lemma)) {
      if (resources.webFrequency(s) < frequency) continue;
      const f = fitOf(i, s);
      if (f !== undefined && f > bestFit) [best, bestFit] = [s, f];
    }
    words++;
    total += bestFit - fit;
    if (bestFit - fit >= SPAN_GAP) {
      const text = analysis.text.slice(unit.start, unit.end);
      spans.push({ start: unit.start, end: unit.end, text, kind: "misfit-synonym", suggestion: matchCase(best, text) });
    }
  });
  return { spans, density: total / Math.max(1, words), words };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += (a[d] as number) * (b[d] as number);
  return sum;
}
