/**
 * One score from the signals. Rare-synonym strength is a rate (per content
 * word); the marked spans (known and broken phrases, spelled numbers, lost
 * boundaries) are counted per hundred words. Both feed a logistic curve
 * whose midpoint and weights were fitted on clean news against machine-spun
 * copies (npm run bench:spin).
 */
import type { SpinVerdict } from "./types.js";

export const SPIN_THRESHOLDS = {
  /** Weight of the rare-synonym rate. */
  rareWeight: 60,
  /** Weight of marked spans per hundred words. */
  markWeight: 1.5,
  /** Linear score at which the verdict tips (score 0.5). */
  midpoint: 4.5,
  /** At or above: `spun`. */
  spun: 0.5,
  /** Below: `clean`; in between: `uncertain`. */
  clean: 0.3,
} as const;

export function score(rareDensity: number, marks: number, words: number): number {
  const t = SPIN_THRESHOLDS;
  const linear = t.rareWeight * rareDensity + (t.markWeight * 100 * marks) / Math.max(words, 100);
  return 1 / (1 + Math.exp(-(linear - t.midpoint)));
}

export function verdictOf(score: number): SpinVerdict {
  return score >= SPIN_THRESHOLDS.spun ? "spun" : score >= SPIN_THRESHOLDS.clean ? "uncertain" : "clean";
}
