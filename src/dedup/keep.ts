/**
 * Which document of each cluster to keep: a greedy pass in keep-priority
 * order. A document is kept unless it has an admitted relation (a chosen
 * type, covering enough of it) to a document already kept; a dropped one
 * never pulls in others, so clusters cannot chain into blobs through a
 * document that resembles two unrelated ones. Pure: documents and relations
 * in, decisions out.
 */
import type { RelationType } from "../judge/index.js";
import type { RelationReport } from "../match/index.js";
import { copyFamilies } from "../provenance/index.js";

/** `earliest`: trusted date; `original`: provenance's original; `longest`: most words; `first`: input order. */
export type KeepRule = "earliest" | "original" | "longest" | "first";
export const KEEP_RULES: readonly KeepRule[] = ["earliest", "original", "longest", "first"];

/** The relation types that may make a document a duplicate of another; `same-story` is never one. */
export type DedupType = Exclude<RelationType, "same-story" | "unrelated">;
export const DEDUP_TYPES: readonly DedupType[] = ["duplicate", "excerpt", "spun", "paraphrase"];

/**
 * Coverage of a dropped document by the one kept for it, for the relation
 * to count: at most a fifth of a dropped record's words may be missing from
 * the record that stands for it. Copies, near copies and spun copies cover
 * each other almost wholly (the judge's coverage counts aligned sentences,
 * synonyms included); an excerpt is covered by its full text but not the
 * other way round, so with 0.8 the excerpt goes and the fuller text stays
 * whichever comes first. Lower keeps fewer records but loses text.
 */
export const DEFAULT_MIN_COVERAGE = 0.8;

export interface KeepCandidate {
  id: string;
  /** Position of the document's first record among all the inputs' records. */
  order: number;
  words: number;
  /** A publication date trusted enough to order by (ISO), if any. */
  date?: string;
}

export interface KeepOptions {
  keep: KeepRule;
  minCoverage: number;
  types: readonly DedupType[];
}

export type KeepDecision = { kept: true } | { kept: false; by: string; type: DedupType; coverage: number };

/**
 * One decision per candidate. Relations may name documents outside the
 * candidates (a corpus around them); those are ignored, as are a document's
 * relations to itself.
 */
export function decideKept(
  candidates: readonly KeepCandidate[],
  relations: readonly RelationReport[],
  options: KeepOptions,
): Map<string, KeepDecision> {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const among = relations.filter((r) => r.a !== r.b && byId.has(r.a) && byId.has(r.b));
  const admitted = new Set<string>(options.types);
  const links = new Map<string, Array<{ other: string; type: DedupType; coverage: number }>>();
  for (const r of among) {
    if (!admitted.has(r.type)) continue;
    const type = r.type as DedupType;
    for (const [self, other, coverage] of [
      [r.a, r.b, r.coverageA],
      [r.b, r.a, r.coverageB],
    ] as const) {
      if (coverage < options.minCoverage) continue;
      const list = links.get(self) ?? [];
      list.push({ other, type, coverage });
      links.set(self, list);
    }
  }
  const order = priority(candidates, among, options.keep);
  const rank = new Map(order.map((c, i) => [c.id, i]));
  const decisions = new Map<string, KeepDecision>();
  for (const c of order) {
    let best: { other: string; type: DedupType; coverage: number } | undefined;
    for (const l of links.get(c.id) ?? []) {
      if (decisions.get(l.other)?.kept !== true) continue;
      // The kept document covering most of this one; of equals, the one ranked first.
      if (!best || l.coverage > best.coverage || (l.coverage === best.coverage && (rank.get(l.other) ?? 0) < (rank.get(best.other) ?? 0)))
        best = l;
    }
    decisions.set(c.id, best ? { kept: false, by: best.other, type: best.type, coverage: best.coverage } : { kept: true });
  }
  return decisions;
}

/** The candidates in keep-priority order; every rule breaks ties by input order. */
function priority(candidates: readonly KeepCandidate[], relations: readonly RelationReport[], keep: KeepRule): KeepCandidate[] {
  const byOrder = (x: KeepCandidate, y: KeepCandidate) => x.order - y.order;
  const longest = (x: KeepCandidate, y: KeepCandidate) => y.words - x.words || byOrder(x, y);
  const sorted = [...candidates];
  switch (keep) {
    case "first":
      return sorted.sort(byOrder);
    case "longest":
      return sorted.sort(longest);
    case "earliest":
      // Undated documents after every dated one.
      return sorted.sort((x, y) => {
        if (x.date !== undefined && y.date !== undefined && x.date !== y.date) return x.date < y.date ? -1 : 1;
        if ((x.date === undefined) !== (y.date === undefined)) return x.date === undefined ? 1 : -1;
        return byOrder(x, y);
      });
    case "original": {
      const tier = originalTiers(relations);
      return sorted.sort((x, y) => (tier.get(x.id) ?? 2) - (tier.get(y.id) ?? 2) || longest(x, y));
    }
  }
}

/**
 * `original`'s order: 0 for a document provenance names as the original of a
 * copy and never as a copy, 1 for a family's root, 2 for the rest, 3 for a
 * document named as a copy of another.
 */
function originalTiers(relations: readonly RelationReport[]): Map<string, number> {
  const original = new Set<string>();
  const copy = new Set<string>();
  for (const r of relations) {
    const d = r.direction?.decision;
    if (d === "a-original") {
      original.add(r.a);
      copy.add(r.b);
    } else if (d === "b-original") {
      original.add(r.b);
      copy.add(r.a);
    }
  }
  const tiers = new Map<string, number>();
  for (const f of copyFamilies(relations)) if (!copy.has(f.root)) tiers.set(f.root, 1);
  for (const id of original) if (!copy.has(id)) tiers.set(id, 0);
  for (const id of copy) tiers.set(id, 3);
  return tiers;
}
