/** Pairwise precision/recall/F1 and the adjusted Rand index of a clustering against the truth. */
export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
}

export function clusterScores(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScores {
  const items = [...truth.keys()];
  const n = items.length;
  const pairs = (counts: Iterable<number>) => {
    let s = 0;
    for (const c of counts) s += (c * (c - 1)) / 2;
    return s;
  };
  const count = (labels: (x: string) => string) => {
    const m = new Map<string, number>();
    for (const x of items) m.set(labels(x), (m.get(labels(x)) ?? 0) + 1);
    return m;
  };
  // Unclustered items are singletons.
  const predictedOf = (x: string) => predicted.get(x) ?? `single:${x}`;
  const both = count((x) => `${truth.get(x)}\u0000${predictedOf(x)}`);
  const tp = pairs(both.values());
  const truePairs = pairs(count((x) => truth.get(x) as string).values());
  const predictedPairs = pairs(count(predictedOf).values());
  const precision = predictedPairs > 0 ? tp / predictedPairs : 1;
  const recall = truePairs > 0 ? tp / truePairs : 1;
  const total = (n * (n - 1)) / 2;
  const expected = (truePairs * predictedPairs) / total;
  const max = (truePairs + predictedPairs) / 2;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    ari: max === expected ? 1 : (tp - expected) / (max - expected),
  };
}
