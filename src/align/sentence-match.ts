/**
 * Sentence pairs that say the same thing: weighted Dice over content words,
 * where a word matches by meaning key (lemma or synonym class, number value)
 * or, failing that, by being a lexicon synonym of a word in the other sentence.
 * Candidate pairs come from an inverted index of keys, skipping keys so common
 * in the document that they pair everything with everything.
 */
import { type Analysis, type Lexicon, memoised, memoisedBy, type Sentence, type Unit } from "../text/index.js";
import { unitWeight } from "./weights.js";

export interface SentencePair {
  a: number;
  b: number;
  score: number;
}

export interface SentenceBag {
  keys: Map<string, number>;
  /** The lemma of each key, in key order. */
  lemmas: string[];
  total: number;
  /** Every lemma that is a lexicon synonym of one of this sentence's, built on first use. */
  reach?: Set<string>;
}

/** A key in more than this share of a document's sentences cannot seed a pair. */
const MAX_KEY_SHARE = 0.1;
/**
 * Content-word keys a sentence pair must share to be scored at all, unless
 * one sentence has at most twice this many: two longer sentences sharing one
 * key reach the seed score only on a run of synonyms, which a spinner's or a
 * translator's sentence never is (on real-news-dev, PAN and the generated
 * copies it changed no copy found but one, and halved the pairs scored).
 */
const MIN_SHARED_KEYS = 2;
/** Credit for a synonym match relative to an exact one: synonyms are a weaker signal than identity. */
const SYNONYM_CREDIT = 0.8;
/**
 * A sentence wholly inside a longer one (a split or merge) scores its
 * containment at `credit`, when the shorter holds at least `minWords`
 * content words, so that containment is not a coincidence of a few common words.
 */
export interface Containment {
  credit: number;
  minWords: number;
}

/** The content-word bag of each sentence, built once per analysis: a document is aligned with every candidate it has. */
export const sentenceBags: (analysis: Analysis, lex: Lexicon) => readonly SentenceBag[] = memoisedBy((analysis: Analysis, lex: Lexicon) =>
  analysis.sentences.map((s) => bag(analysis.units, s, lex)),
);

function bag(units: readonly Unit[], s: Sentence, lex: Lexicon): SentenceBag {
  const keys = new Map<string, number>();
  const lemmas: string[] = [];
  let total = 0;
  for (let i = s.from; i < s.to; i++) {
    const u = units[i] as Unit;
    if (u.stop) continue;
    const w = unitWeight(u, lex);
    if (!keys.has(u.key)) {
      keys.set(u.key, w);
      lemmas.push(u.lemma);
      total += w;
    }
  }
  return { keys, lemmas, total };
}

/**
 * Weighted Dice of two sentences' content words, or — when one sentence is a
 * fragment of the other, as after a split or a merge — their weighted
 * containment at a discount, whichever is higher.
 */
export function similarity(a: SentenceBag, b: SentenceBag, lex: Lexicon, containment: Containment): number {
  if (a.total === 0 || b.total === 0) return 0;
  // Synonym credit is looked up from the heavier sentence (more words to credit) into the lighter, so the
  // score is the same whichever comes first.
  const [x, y] = heavierFirst(a, b);
  const shared = exactOverlap(a, b) + synonymOverlap(x, y, lex);
  const dice = (2 * shared) / (a.total + b.total);
  const smaller = Math.min(a.keys.size, b.keys.size);
  const contained = smaller >= containment.minWords ? containment.credit * (shared / Math.min(a.total, b.total)) : 0;
  return Math.min(1, Math.max(dice, contained));
}

/** The weight both sentences hold under the same key (the lighter side's weight). */
function exactOverlap(a: SentenceBag, b: SentenceBag): number {
  let shared = 0;
  for (const [key, w] of a.keys) {
    const wb = b.keys.get(key);
    if (wb !== undefined) shared += Math.min(w, wb);
  }
  return shared;
}

function heavierFirst(a: SentenceBag, b: SentenceBag): [SentenceBag, SentenceBag] {
  if (a.total !== b.total) return a.total > b.total ? [a, b] : [b, a];
  return a.lemmas.join(" ") >= b.lemmas.join(" ") ? [a, b] : [b, a];
}

/** The weight of a's words not in b by key but by a lexicon synonym, at `SYNONYM_CREDIT`. */
function synonymOverlap(a: SentenceBag, b: SentenceBag, lex: Lexicon): number {
  let shared = 0;
  let i = 0;
  const reach = reachOf(b, lex);
  for (const [key, w] of a.keys) {
    const lemma = a.lemmas[i++] as string;
    if (!b.keys.has(key) && reach.has(lemma)) shared += w * SYNONYM_CREDIT;
  }
  return shared;
}

/** Lexicon synonymy is symmetric, so a lemma has a synonym among b's exactly when it is in b's reach. */
function reachOf(b: SentenceBag, lex: Lexicon): Set<string> {
  if (b.reach) return b.reach;
  const reach = new Set<string>();
  for (const lemma of b.lemmas) for (const syn of lex.synonymsOf(lemma)) reach.add(syn);
  b.reach = reach;
  return reach;
}

/** Key → the sentences holding it, once per document (its bags are memoised with its analysis). */
const postingsOf = memoised((bags: readonly SentenceBag[]) => {
  const postings = new Map<string, number[]>();
  bags.forEach((bag, j) => {
    for (const key of bag.keys.keys()) {
      const list = postings.get(key);
      if (list) list.push(j);
      else postings.set(key, [j]);
    }
  });
  return postings;
});

export function matchSentences(
  bagsA: readonly SentenceBag[],
  bagsB: readonly SentenceBag[],
  lex: Lexicon,
  minScore: number,
  containment: Containment,
): SentencePair[] {
  const postings = postingsOf(bagsB);
  const limitA = Math.max(3, bagsA.length * MAX_KEY_SHARE);
  const limitB = Math.max(3, bagsB.length * MAX_KEY_SHARE);
  const dfA = postingsOf(bagsA);
  const pairs: SentencePair[] = [];
  // Shared-key counts per sentence of b, reset through the list of those touched: one array for the whole
  // document rather than a map per sentence.
  const shared = new Uint16Array(bagsB.length);
  const touched: number[] = [];
  bagsA.forEach((bagA, i) => {
    for (const key of bagA.keys.keys()) {
      const list = postings.get(key);
      if (!list || list.length > limitB || (dfA.get(key)?.length ?? 0) > limitA) continue;
      for (const j of list) if ((shared[j] as number)++ === 0) touched.push(j);
    }
    for (const j of touched) {
      const n = shared[j] as number;
      shared[j] = 0;
      const bagB = bagsB[j] as SentenceBag;
      if (n < MIN_SHARED_KEYS && Math.min(bagA.keys.size, bagB.keys.size) > MIN_SHARED_KEYS * 2) continue;
      const s = similarity(bagA, bagB, lex, containment);
      if (s >= minScore) pairs.push({ a: i, b: j, score: s });
    }
    touched.length = 0;
  });
  return pairs;
}
