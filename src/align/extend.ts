/**
 * Seeds → passages (after Sanchez-Perez, Sidorov & Gelbukh, PAN 2014): seeds
 * are clustered by sentence position in one text, then in the other,
 * alternately until nothing splits. Clusters tolerate reordering inside a
 * passage and gaps of a few unmatched sentences (splits, merges, insertions).
 */
import type { SentencePair } from "./sentence-match.js";

export interface SeedCluster {
  pairs: SentencePair[];
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  score: number;
}

export function clusterSeeds(seeds: readonly SentencePair[], maxGap: number, maxGapB = maxGap): SeedCluster[] {
  let groups: SentencePair[][] = seeds.length > 0 ? [[...seeds]] : [];
  for (let changed = true; changed; ) {
    changed = false;
    const next: SentencePair[][] = [];
    for (const group of groups) {
      const parts = splitByGap(group, (p) => p.a, maxGap).flatMap((g) => splitByGap(g, (p) => p.b, maxGapB));
      if (parts.length > 1) changed = true;
      next.push(...parts);
    }
    groups = next;
  }
  return groups.map(toCluster);
}

function splitByGap(pairs: SentencePair[], key: (p: SentencePair) => number, maxGap: number): SentencePair[][] {
  const sorted = [...pairs].sort((x, y) => key(x) - key(y));
  const out: SentencePair[][] = [];
  let current: SentencePair[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (current.length > 0 && key(p) - last > maxGap + 1) {
      out.push(current);
      current = [];
    }
    current.push(p);
    last = key(p);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function toCluster(pairs: SentencePair[]): SeedCluster {
  let aFrom = Number.POSITIVE_INFINITY;
  let aTo = -1;
  let bFrom = Number.POSITIVE_INFINITY;
  let bTo = -1;
  let score = 0;
  for (const p of pairs) {
    aFrom = Math.min(aFrom, p.a);
    aTo = Math.max(aTo, p.a);
    bFrom = Math.min(bFrom, p.b);
    bTo = Math.max(bTo, p.b);
    score += p.score;
  }
  return { pairs, aFrom, aTo, bFrom, bTo, score };
}

/** Keeps the strongest clusters whose ranges overlap no stronger one's, on either side. */
export function dropOverlaps(clusters: SeedCluster[]): SeedCluster[] {
  const kept: SeedCluster[] = [];
  for (const c of [...clusters].sort((x, y) => y.score - x.score)) {
    const clash = kept.some((k) => (c.aFrom <= k.aTo && k.aFrom <= c.aTo) || (c.bFrom <= k.bTo && k.bFrom <= c.bTo));
    if (!clash) kept.push(c);
  }
  return kept.sort((x, y) => x.aFrom - y.aFrom);
}

/**
 * Keeps, for each sentence, only its matches within `ratio` of its best, so a
 * sentence echoed by many weak neighbours does not glue passages together.
 */
export function bestSeeds(pairs: readonly SentencePair[], ratio: number): SentencePair[] {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const p of pairs) {
    bestA.set(p.a, Math.max(bestA.get(p.a) ?? 0, p.score));
    bestB.set(p.b, Math.max(bestB.get(p.b) ?? 0, p.score));
  }
  return pairs.filter((p) => p.score >= ratio * (bestA.get(p.a) ?? 0) || p.score >= ratio * (bestB.get(p.b) ?? 0));
}

/**
 * Drops seeds at a cluster's edges (in either text's order) that score below
 * `ratio` of the cluster's median: a weak sentence match next to a strong
 * passage is a neighbour on the same subject, not part of the reuse.
 */
export function trimEdges(cluster: SeedCluster, ratio: number): SeedCluster {
  const scores = cluster.pairs.map((p) => p.score).sort((x, y) => x - y);
  const floor = ratio * (scores[Math.floor(scores.length / 2)] as number);
  let pairs = cluster.pairs;
  for (const key of [(p: SentencePair) => p.a, (p: SentencePair) => p.b]) {
    const sorted = [...pairs].sort((x, y) => key(x) - key(y));
    let from = 0;
    let to = sorted.length;
    while (to - from > 1 && (sorted[from] as SentencePair).score < floor) from++;
    while (to - from > 1 && (sorted[to - 1] as SentencePair).score < floor) to--;
    pairs = sorted.slice(from, to);
  }
  return toCluster(pairs);
}

/**
 * Summaries: a short passage whose sentences each condense a different part
 * of a long one. Clustering with a wide gap on one side finds them; such a
 * cluster is kept only when it has the summary's shape — one side several
 * times the other's length, and most sentences of the short side matched —
 * and its sentence pairs are, on average, close matches: wide gaps gather
 * chance seeds, and a few weak ones must not add up to a passage.
 */
export function summaryClusters(
  seeds: readonly SentencePair[],
  gap: number,
  wideGap: number,
  minRatio: number,
  minMean: number,
): SeedCluster[] {
  const out: SeedCluster[] = [];
  for (const [gapA, gapB] of [
    [gap, wideGap],
    [wideGap, gap],
  ] as const) {
    for (const c of clusterSeeds(seeds, gapA, gapB)) {
      const spanA = c.aTo - c.aFrom + 1;
      const spanB = c.bTo - c.bFrom + 1;
      const [short, long, shortKey] = spanA <= spanB ? [spanA, spanB, (p: SentencePair) => p.a] : [spanB, spanA, (p: SentencePair) => p.b];
      const matched = new Set(c.pairs.map(shortKey)).size;
      if (c.pairs.length >= 3 && long >= minRatio * short && matched >= 0.6 * short && c.score / c.pairs.length >= minMean) out.push(c);
    }
  }
  return out;
}
