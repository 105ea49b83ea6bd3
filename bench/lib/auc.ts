/** ROC AUC from scores: the chance a random positive outscores a random negative (ties count half). */
export function rocAuc(positive: readonly number[], negative: readonly number[]): number {
  let sum = 0;
  for (const p of positive) for (const n of negative) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / (positive.length * negative.length);
}
