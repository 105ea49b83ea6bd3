/**
 * judge: an alignment → the relation of the pair, its coverage both ways, a
 * confidence and the evidence behind it. Pure and synchronous.
 */
import type { Alignment, EditKind } from "../align/index.js";
import type { Analysis } from "../text/index.js";
import type { Evidence, RelationType, Verdict } from "./relation.js";
import { JUDGE } from "./thresholds.js";

export { COPY_TYPES, type Evidence, type RelationType, type Verdict } from "./relation.js";
export { JUDGE } from "./thresholds.js";

export function judge(a: Analysis, b: Analysis, alignment: Alignment): Verdict {
  const evidence = tally(a, b, alignment);
  const coverageA = covered(
    alignment.passages.map((p) => p.a),
    a.text.length,
  );
  const coverageB = covered(
    alignment.passages.map((p) => p.b),
    b.text.length,
  );
  const type = decide(evidence, coverageA, coverageB);
  return { type, coverageA, coverageB, confidence: confidence(type, evidence), evidence };
}

function decide(e: Evidence, coverageA: number, coverageB: number): RelationType {
  const notes = e.notes;
  if (e.passages === 0 || e.identity < JUDGE.minCopyIdentity) {
    if (e.passages > 0) notes.push(`aligned text keeps only ${pct(e.identity)} of words identical: the same facts in other words`);
    if (e.sharedNames >= JUDGE.sameStoryNames) {
      notes.push(`${pct(e.sharedNames)} of names and numbers shared`);
      return "same-story";
    }
    return "unrelated";
  }
  const most = Math.max(coverageA, coverageB);
  const least = Math.min(coverageA, coverageB);
  const edits = e.inserted + e.deleted + Object.values(e.substitutions).reduce((s, n) => s + n, 0);
  const substitutions = edits - e.inserted - e.deleted;
  notes.push(`${e.passages} reused passage(s), ${pct(e.identity)} of aligned words identical`);
  if (most < JUDGE.partialCoverage) {
    if (e.passages < 2 && (e.identity < JUDGE.singlePassageIdentity || e.alignedWords < JUDGE.singlePassageWords)) {
      notes.push("one short or loosely matching passage: too little to call reuse");
      return e.sharedNames >= JUDGE.sameStoryNames ? "same-story" : "unrelated";
    }
    notes.push(`partial reuse: ${pct(coverageA)} and ${pct(coverageB)} of the texts`);
    return "excerpt";
  }
  const all = e.identical + edits;
  if (e.identity >= JUDGE.verbatimIdentity && substitutions / all <= JUDGE.maxVerbatimSwaps)
    return least >= JUDGE.wholeCoverage ? "duplicate" : "excerpt";
  if (edits > 0 && substitutions / edits >= JUDGE.spunSubstitutionShare && e.identity >= JUDGE.spunIdentity) {
    notes.push(`${pct(substitutions / edits)} of changes are in-place word swaps`);
    return "spun";
  }
  notes.push(`words reordered, added and dropped (${e.inserted + e.deleted} of ${edits} changes)`);
  return "paraphrase";
}

function tally(a: Analysis, b: Analysis, alignment: Alignment): Evidence {
  const substitutions: Evidence["substitutions"] = {};
  let identical = 0;
  let inserted = 0;
  let deleted = 0;
  let alignedWords = 0;
  for (const p of alignment.passages) {
    for (const link of p.links) {
      for (const e of link.edits) {
        const n = Math.max(e.a[1] - e.a[0], e.b[1] - e.b[0]);
        alignedWords += e.a[1] - e.a[0];
        if (e.op === "equal") identical += n;
        else if (e.op === "insert") inserted += n;
        else if (e.op === "delete") deleted += n;
        else {
          const kind = e.kind as Exclude<EditKind, "identical">;
          substitutions[kind] = (substitutions[kind] ?? 0) + n;
        }
      }
    }
  }
  const all = identical + inserted + deleted + Object.values(substitutions).reduce((s, n) => s + n, 0);
  return {
    passages: alignment.passages.length,
    alignedWords,
    identical,
    substitutions,
    inserted,
    deleted,
    identity: all > 0 ? identical / all : 0,
    sharedNames: sharedNames(a, b),
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

/** Merged length of the ranges over the text length. */
function covered(ranges: ReadonlyArray<{ start: number; end: number }>, length: number): number {
  if (length === 0) return 0;
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  let total = 0;
  let end = 0;
  for (const r of sorted) {
    if (r.end <= end) continue;
    total += r.end - Math.max(r.start, end);
    end = r.end;
  }
  return Math.min(1, total / length);
}

function confidence(type: RelationType, e: Evidence): number {
  if (type === "unrelated") return round(1 - e.sharedNames);
  if (type === "same-story") return round(Math.min(1, e.sharedNames / (2 * JUDGE.sameStoryNames)));
  const amount = 1 - Math.exp(-e.alignedWords / JUDGE.confidenceScaleWords);
  const clarity = Math.min(1, e.identity / JUDGE.spunIdentity);
  return round(amount * (0.5 + 0.5 * clarity));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
