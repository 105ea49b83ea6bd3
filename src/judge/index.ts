/**
 * judge: an alignment → the relation of the pair, its coverage both ways, a
 * confidence and the evidence behind it. Pure and synchronous.
 *
 * Reuse is judged on each text's own words. Two independent reports of one
 * event quote the same statement and align sentence for sentence on it; what
 * they share inside quotation marks is the speaker's, so it is listed as
 * shared quotations and never counted as copying. A sentence pair counts as
 * reused only when its own words agree in place (`JUDGE`), and a pair is a
 * copy only when enough of them do.
 */
import type { Alignment, EditKind } from "../align/index.js";
import { type Analysis, memoised } from "../text/index.js";
import { type LinkTally, tallyLinks } from "./own-text.js";
import { COPY_TYPES, type Evidence, type RelationType, type Verdict } from "./relation.js";
import { sharedQuotes } from "./shared-quotes.js";
import { JUDGE } from "./thresholds.js";

export { COPY_TYPES, type Evidence, type RelationType, type Verdict } from "./relation.js";
export { MIN_SHARED_QUOTE_WORDS, type SharedQuote, sharedQuotes } from "./shared-quotes.js";
export { JUDGE } from "./thresholds.js";

export function judge(a: Analysis, b: Analysis, alignment: Alignment): Verdict {
  const tallies = tallyLinks(a, b, alignment);
  const counted = oneToOne(tallies);
  const reusedLinks = tallies.map((links, p) => links.filter((_, i) => counted.has(`${p}.${i}`)));
  const evidence = tally(a, b, reusedLinks.flat(), reusedLinks.filter((l) => l.length > 0).length);
  evidence.figureConflicts = tallies.flat().reduce((n, l) => n + l.numberConflicts, 0);
  // What is reused, once reuse is shown: every sentence pair that aligns on its own words, in any passage —
  // a spun or translated sentence keeps too few words identical to show reuse alone, but is reused all the same.
  const reused = tallies.flatMap((links, passage) => {
    const kept = links.flatMap((l, i) => (alignsOwnWords(l) ? [i] : []));
    const proving = kept.filter((i) => counted.has(`${passage}.${i}`));
    return kept.length > 0 ? [{ passage, links: kept, proving }] : [];
  });
  const extent = reused.flatMap(({ passage, links }) => links.map((i) => tallies[passage]?.[i] as LinkTally));
  const coverageA = covered(a, extent, "a");
  const coverageB = covered(b, extent, "b");
  const type = decide(evidence, coverageA, coverageB, reuseFloor(a, b));
  return { type, coverageA, coverageB, confidence: confidence(type, evidence), evidence, reused: COPY_TYPES.has(type) ? reused : [] };
}

/**
 * The reused sentence pairs that count, each sentence of either text in one
 * pair at most, strongest first: a sentence printed twice (a headline repeated
 * as the first line) or split in two on the other side is evidence once.
 */
function oneToOne(tallies: readonly LinkTally[][]): Set<string> {
  const candidates = tallies
    .flatMap((links, p) => links.map((l, i) => ({ key: `${p}.${i}`, l })))
    .filter(({ l }) => isReused(l))
    .sort((x, y) => y.l.matched - x.l.matched || x.l.a - y.l.a || x.l.b - y.l.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept = new Set<string>();
  for (const { key, l } of candidates) {
    if (usedA.has(l.a) || usedB.has(l.b)) continue;
    usedA.add(l.a);
    usedB.add(l.b);
    kept.add(key);
  }
  return kept;
}

/** A sentence pair that aligns on its own words at all: enough of them matched, and as many in agreement as a topic gives. */
function alignsOwnWords(t: LinkTally): boolean {
  return t.matched >= JUDGE.minLinkWords && t.contentMatched / Math.max(1, t.contentA) >= JUDGE.minLinkAgreement / 2;
}

/** A sentence pair whose own words agree in place, with no figure of one matched to another figure. */
function isReused(t: LinkTally): boolean {
  const aligned = t.matched + t.swapped;
  return (
    t.matched >= JUDGE.minLinkWords &&
    t.identical / aligned >= JUDGE.minLinkIdentity &&
    t.contentMatched / Math.max(1, t.contentA) >= JUDGE.minLinkAgreement &&
    t.numberConflicts === 0
  );
}

/**
 * Own words that must be reused, in all and in prose: `JUDGE.minReuseWords`
 * and `minReuseProseWords`, or for a text with fewer own words than that —
 * an interview made of quotations — the same share of what it has.
 */
function reuseFloor(a: Analysis, b: Analysis): { words: number; prose: number } {
  const own = Math.min(ownWords(a), ownWords(b));
  const scale = Math.max(JUDGE.minReuseShare, Math.min(1, own / (JUDGE.minReuseWords / JUDGE.minReuseShare)));
  return { words: Math.ceil(JUDGE.minReuseWords * scale), prose: Math.ceil(JUDGE.minReuseProseWords * scale) };
}

/** Words of the text outside quotation marks: asked for by the floor and by coverage of every pair, so kept. */
const ownWords = memoised((x: Analysis): number => {
  let own = 0;
  for (const q of x.quoted) if (q === 0) own++;
  return own;
});

function decide(e: Evidence, coverageA: number, coverageB: number, floor: { words: number; prose: number }): RelationType {
  const notes = e.notes;
  if (e.sharedQuotes.count > 0)
    notes.push(`${e.sharedQuotes.count} shared quotation(s), ${e.sharedQuotes.words} words: a shared source, not copying`);
  if (e.alignedWords < floor.words || e.proseWords < floor.prose) {
    if (e.alignedWords > 0)
      notes.push(
        `only ${e.alignedWords} of their own words (${e.proseWords} not names or figures) in reused sentences: too little to call reuse`,
      );
    if (e.sharedQuotes.count > 0 || e.sharedNames >= JUDGE.sameStoryNames) {
      if (e.sharedNames >= JUDGE.sameStoryNames) notes.push(`${pct(e.sharedNames)} of names and numbers shared`);
      return "same-story";
    }
    return "unrelated";
  }
  const most = Math.max(coverageA, coverageB);
  const least = Math.min(coverageA, coverageB);
  const swaps = Object.values(e.substitutions).reduce((s, n) => s + n, 0);
  const edits = swaps + e.inserted + e.deleted;
  notes.push(`${e.reusedSentences} reused sentence(s) in ${e.passages} passage(s), ${pct(e.identity)} of their aligned words identical`);
  if (e.identity >= JUDGE.verbatimIdentity && swaps / Math.max(1, e.identical + swaps) <= JUDGE.maxVerbatimSwaps) {
    if (least >= JUDGE.wholeCoverage) return "duplicate";
    notes.push(`partial reuse: ${pct(coverageA)} and ${pct(coverageB)} of the texts`);
    return "excerpt";
  }
  if (edits > 0 && swaps / edits >= JUDGE.spunSubstitutionShare && e.identity >= JUDGE.spunIdentity) {
    notes.push(`${pct(swaps / edits)} of changes are in-place word swaps`);
    return "spun";
  }
  notes.push(
    `words reordered, added and dropped (${e.inserted + e.deleted} of ${edits} changes)${most < JUDGE.wholeCoverage ? `; ${pct(most)} of the fuller text` : ""}`,
  );
  return "paraphrase";
}

function tally(a: Analysis, b: Analysis, links: readonly LinkTally[], passages: number): Evidence {
  const substitutions: Evidence["substitutions"] = {};
  let identical = 0;
  let inserted = 0;
  let deleted = 0;
  let matched = 0;
  let prose = 0;
  let swapped = 0;
  for (const l of links) {
    prose += l.proseMatched;
    identical += l.identical;
    inserted += l.inserted;
    deleted += l.deleted;
    matched += l.matched;
    swapped += l.swapped;
    for (const [kind, n] of Object.entries(l.substitutions)) {
      const k = kind as Exclude<EditKind, "identical">;
      substitutions[k] = (substitutions[k] ?? 0) + (n as number);
    }
  }
  const quotes = sharedQuotes(a, b);
  return {
    passages,
    reusedSentences: links.length,
    alignedWords: matched,
    proseWords: prose,
    identical,
    substitutions,
    inserted,
    deleted,
    identity: matched + swapped > 0 ? identical / (matched + swapped) : 0,
    sharedNames: sharedNames(a, b),
    figureConflicts: 0,
    sharedQuotes: { count: quotes.length, words: quotes.reduce((s, q) => s + q.words, 0), quotes },
    notes: [],
  };
}

function sharedNames(a: Analysis, b: Analysis): number {
  const names = (x: Analysis) => new Set(x.units.filter((u) => u.name || u.value !== undefined).map((u) => u.key));
  const na = names(a);
  const nb = names(b);
  let both = 0;
  for (const n of na) if (nb.has(n)) both++;
  const union = na.size + nb.size - both;
  return union > 0 ? both / union : 0;
}

/** Own words of the text inside its reused sentences, over all its own words. */
function covered(x: Analysis, links: readonly LinkTally[], side: "a" | "b"): number {
  const own = ownWords(x);
  if (own === 0) return 0;
  const seen = new Set<number>();
  let inside = 0;
  for (const l of links) {
    const s = side === "a" ? l.a : l.b;
    if (seen.has(s)) continue;
    seen.add(s);
    inside += side === "a" ? l.ownA : l.ownB;
  }
  return Math.min(1, inside / own);
}

function confidence(type: RelationType, e: Evidence): number {
  if (type === "unrelated") return round(1 - e.sharedNames);
  if (type === "same-story")
    return round(Math.min(1, Math.max(e.sharedNames / (2 * JUDGE.sameStoryNames), e.sharedQuotes.count > 0 ? 0.5 : 0)));
  const amount = 1 - Math.exp(-e.alignedWords / JUDGE.confidenceScaleWords);
  const clarity = Math.min(1, e.identity / JUDGE.spunIdentity);
  return round(amount * (0.5 + 0.5 * clarity));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
