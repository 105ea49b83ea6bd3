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

export function clusterSeeds(seeds: readonly SentencePair[], maxGap: number): SeedCluster[] {
  let groups: SentencePair[][] = seeds.length > 0 ? [[...seeds]] : [];
  for (let changed = true; changed; ) {
    changed = false;
    const next: SentencePair[][] = [];
    for (const group of groups) {
      const parts = splitByGap(group, (p) => p.a, maxGap).flatMap((g) => splitByGap(g, (p) => p.b, maxGap));
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
