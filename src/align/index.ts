/**
 * align: two analysed texts → the passages one reuses from the other, each
 * with its sentence pairs and their word-level edit scripts. Pure and
 * synchronous; no knowledge of documents or stores.
 *
 * @example
 * const result = alignTexts(analyze(a), analyze(b));
 * for (const p of result.passages) console.log(p.a, p.b, p.score);
 */
import { type Analysis, type Lexicon, lexicon } from "../text/index.js";
import { alignUnits, type Edit } from "./edits.js";
import { bestSeeds, clusterSeeds, dropOverlaps, type SeedCluster, summaryClusters, trimEdges } from "./extend.js";
import { type Containment, matchSentences, sentenceBags } from "./sentence-match.js";

export { alignUnits, classify, type Edit, type EditKind } from "./edits.js";
export { bestSeeds, clusterSeeds, dropOverlaps, type SeedCluster } from "./extend.js";
export { matchSentences, type SentencePair, sentenceBags, similarity } from "./sentence-match.js";

export interface AlignOptions {
  /** Sentence similarity (weighted Dice, 0..1) needed to seed a passage. */
  minSeedScore: number;
  /** Unmatched sentences allowed between two seeds of one passage. */
  maxGap: number;
  /** Seeds within this share of a sentence's best match stay candidates. */
  seedRatio: number;
  /** Passages shorter than this many characters on either side are dropped. */
  minPassageChars: number;
  /** Total seed score a passage needs: one strong sentence pair, or two fair ones. */
  minPassageScore: number;
  /** A passage of a single sentence pair needs this similarity on its own: one sentence is thin evidence. */
  minSingleScore: number;
  /** Seeds at a passage's edges scoring below this share of its median are trimmed off. */
  edgeRatio: number;
  /**
   * Share of the words in a passage's sentence pairs that must match
   * (identically, by inflection, synonym, number or name variant): pairs of
   * texts on one topic align sentence to sentence on shared vocabulary alone,
   * matching ~15% of their words, reuse ~25% and up even after translation.
   */
  minWordMatch: number;
  /** Credit for one sentence contained in another (splits and merges), and the content words that takes. */
  containment: Containment;
  /** Gap allowed on the long side of a summary, in sentences. */
  summaryGap: number;
  /** How many times longer one side must be for a cluster to count as a summary. */
  summaryRatio: number;
  /** Mean seed score a summary's sentence pairs need. */
  summaryMean: number;
}

/**
 * Tuned on PAN 2013 training pairs and news: translated sentences keep about
 * half their content words' meanings, unrelated sentences on one topic rarely
 * a third of them.
 */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minSeedScore: 0.35,
  maxGap: 3,
  seedRatio: 0.8,
  minPassageChars: 100,
  minPassageScore: 1.0,
  minSingleScore: 0.8,
  edgeRatio: 0.55,
  minWordMatch: 0.2,
  containment: { credit: 0.6, minWords: 5 },
  summaryGap: 20,
  summaryRatio: 3,
  summaryMean: 0.5,
};

/** Sentence pairs a direct passage may hold and still be one condensed line of a summary. */
const MAX_SUMMARY_FRAGMENT = 2;

export interface Range {
  start: number;
  end: number;
}

export interface SentenceLink {
  /** Sentence indexes in each text. */
  a: number;
  b: number;
  score: number;
  edits: Edit[];
}

export interface AlignedPassage {
  /** Character offsets into each analysed text. */
  a: Range;
  b: Range;
  score: number;
  links: SentenceLink[];
}

export interface Alignment {
  passages: AlignedPassage[];
}

export function alignTexts(a: Analysis, b: Analysis, options: Partial<AlignOptions> = {}, lex: Lexicon = lexicon()): Alignment {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const seeds = bestSeeds(
    matchSentences(sentenceBags(a, lex), sentenceBags(b, lex), lex, opts.minSeedScore, opts.containment),
    opts.seedRatio,
  );
  const strong = (clusters: SeedCluster[]) =>
    clusters
      .map((c) => trimEdges(c, opts.edgeRatio))
      .filter((c) => c.score >= (c.pairs.length > 1 ? opts.minPassageScore : opts.minSingleScore));
  const direct = dropOverlaps(strong(clusterSeeds(seeds, opts.maxGap)));
  // A summary replaces the direct fragments it wholly contains, and stands back wherever it would cut
  // one or swallow a passage of several sentence pairs (that is reuse, not a summary).
  const overlaps = (c: SeedCluster, d: SeedCluster) => (c.aFrom <= d.aTo && d.aFrom <= c.aTo) || (c.bFrom <= d.bTo && d.bFrom <= c.bTo);
  const contains = (c: SeedCluster, d: SeedCluster) => c.aFrom <= d.aFrom && d.aTo <= c.aTo && c.bFrom <= d.bFrom && d.bTo <= c.bTo;
  const summaries = dropOverlaps(strong(summaryClusters(seeds, opts.maxGap, opts.summaryGap, opts.summaryRatio, opts.summaryMean))).filter(
    (c) => direct.every((d) => !overlaps(c, d) || (contains(c, d) && d.pairs.length <= MAX_SUMMARY_FRAGMENT)),
  );
  const kept = [...direct.filter((d) => !summaries.some((c) => contains(c, d))), ...summaries];
  const passages: AlignedPassage[] = [];
  for (const c of kept.sort((x, y) => x.aFrom - y.aFrom)) {
    const sentenceLinks = links(a, b, c.pairs, lex, opts.seedRatio);
    if (wordMatch(sentenceLinks) < opts.minWordMatch) continue;
    const span = matchedSpan(a, b, sentenceLinks);
    if (!span) continue;
    if (span.a.end - span.a.start < opts.minPassageChars || span.b.end - span.b.start < opts.minPassageChars) continue;
    passages.push({ ...span, score: c.score, links: sentenceLinks });
  }
  return { passages };
}

/** Matched words over all word positions of the linked sentence pairs. */
function wordMatch(sentenceLinks: readonly SentenceLink[]): number {
  let matched = 0;
  let all = 0;
  for (const link of sentenceLinks) {
    for (const e of link.edits) {
      const n = Math.max(e.a[1] - e.a[0], e.b[1] - e.b[0]);
      all += n;
      if (e.op === "equal" || (e.op === "substitute" && e.kind !== "other")) matched += n;
    }
  }
  return all > 0 ? matched / all : 0;
}

/**
 * The passage's extent: from the first to the last word that matched (not
 * merely sat in a matched sentence), so passages that begin or end mid-sentence
 * are not padded out to sentence boundaries.
 */
function matchedSpan(a: Analysis, b: Analysis, sentenceLinks: readonly SentenceLink[]): { a: Range; b: Range } | undefined {
  const ra = { start: Number.POSITIVE_INFINITY, end: -1 };
  const rb = { start: Number.POSITIVE_INFINITY, end: -1 };
  for (const link of sentenceLinks) {
    for (const e of link.edits) {
      if (e.op !== "equal" && e.kind === "other") continue;
      if (e.op === "insert" || e.op === "delete") continue;
      ra.start = Math.min(ra.start, (a.units[e.a[0]] as Analysis["units"][number]).start);
      ra.end = Math.max(ra.end, (a.units[e.a[1] - 1] as Analysis["units"][number]).end);
      rb.start = Math.min(rb.start, (b.units[e.b[0]] as Analysis["units"][number]).start);
      rb.end = Math.max(rb.end, (b.units[e.b[1] - 1] as Analysis["units"][number]).end);
    }
  }
  return ra.end < 0 ? undefined : { a: ra, b: rb };
}

/**
 * The passage's sentence pairs: each sentence's best partner, from either
 * side (a sentence split in two keeps both halves), aligned word by word.
 * Taking best partners both ways makes the links the same whichever text
 * comes first.
 */
function links(
  a: Analysis,
  b: Analysis,
  pairs: readonly { a: number; b: number; score: number }[],
  lex: Lexicon,
  seedRatio: number,
): SentenceLink[] {
  const bestA = new Map<number, { a: number; b: number; score: number }>();
  const bestB = new Map<number, { a: number; b: number; score: number }>();
  for (const p of pairs) {
    if ((bestA.get(p.a)?.score ?? -1) < p.score) bestA.set(p.a, p);
    if ((bestB.get(p.b)?.score ?? -1) < p.score) bestB.set(p.b, p);
  }
  // A pair is kept where it is one of its sentences' best, and nearly as good as the other sentence's best:
  // the other half of a split sentence stays, a weaker neighbour that would stretch the passage does not.
  const kept = new Map<string, { a: number; b: number; score: number }>();
  for (const p of [...bestA.values(), ...bestB.values()]) {
    const best = Math.max(bestA.get(p.a)?.score ?? 0, bestB.get(p.b)?.score ?? 0);
    if (p.score >= seedRatio * best) kept.set(`${p.a} ${p.b}`, p);
  }
  return [...kept.values()]
    .sort((x, y) => x.a - y.a || x.b - y.b)
    .map((p) => {
      const sa = a.sentences[p.a] as Analysis["sentences"][number];
      const sb = b.sentences[p.b] as Analysis["sentences"][number];
      return { a: p.a, b: p.b, score: p.score, edits: alignUnits({ a: a.units, b: b.units }, [sa.from, sa.to], [sb.from, sb.to], lex) };
    });
}
