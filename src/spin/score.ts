/**
 * One score from the signals: the rare-synonym and context-misfit rates (per
 * content word) and the marked spans (known and broken phrases, spelled
 * numbers, lost boundaries) per hundred words feed a logistic curve. Weights
 * put each rate on the scale of its spread in clean news; the midpoint sits
 * at the 98th percentile of clean news (BBC, Wikinews, extraction-benchmark
 * texts), so about 2% of clean articles reach `spun` (npm run bench:spin).
 */
import type { SpinVerdict } from "./types.js";

export const SPIN_THRESHOLDS = {
  /** Clean-news medians of the rare-synonym and misfit rates (npm run bench:spin -- --calibrate)… */
  priorRare: 0.039,
  priorMisfit: 0.051,
  /** …toward which each rate is shrunk by this many content words' worth: a brief's rates are mostly noise. */
  priorWords: 100,
  rareWeight: 20,
  misfitWeight: 31,
  /** Per marked span per hundred words. */
  markWeight: 0.8,
  /** Linear score at which the verdict tips (score 0.5). */
  midpoint: 3.45,
  /** Steepness of the curve around the midpoint. */
  slope: 3,
  /** At or above: `spun`. */
  spun: 0.5,
  /** Below: `clean`; in between: `uncertain`. */
  clean: 0.3,
} as const;

export interface SignalRates {
  rare: number;
  misfit: number;
  marks: number;
  words: number;
}

export function linearScore({ rare, misfit, marks, words }: SignalRates): number {
  const t = SPIN_THRESHOLDS;
  return t.rareWeight * rare + t.misfitWeight * misfit + (t.markWeight * 100 * marks) / Math.max(words, 100);
}

export function score(rates: SignalRates): number {
  const t = SPIN_THRESHOLDS;
  return 1 / (1 + Math.exp(-t.slope * (linearScore(rates) - t.midpoint)));
}

export function verdictOf(score: number): SpinVerdict {
  return score >= SPIN_THRESHOLDS.spun ? "spun" : score >= SPIN_THRESHOLDS.clean ? "uncertain" : "clean";
}
