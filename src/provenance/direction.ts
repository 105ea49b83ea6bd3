/**
 * Who copied whom, for one related pair: each piece of evidence favours one
 * side as the original, with a weight; the decision is the balance, or
 * `undetermined` when the evidence is weak or split. A pair where each side
 * keeps facts the other lost inside their shared passages is `siblings`:
 * neither can be the other's source, so both copy a missing original.
 */
import type { Analysed, RelationReport } from "../match/index.js";
import { rarerSide, SPIN_THRESHOLDS, type SpinResources, spinResources } from "../spin/index.js";
import type { Direction, DirectionEvidence } from "./types.js";

export const DIRECTION = {
  /** Dates below this extraction confidence (site chrome, guesses) are not evidence. */
  minDateConfidence: 0.5,
  /** Substitutions needed before their direction counts. */
  minSubstitutions: 5,
  /** Share of substitutions pointing one way for it to count. */
  substitutionMajority: 0.7,
  /** Source-free spin score the rarer side needs before rarer substitutions mark it as the copy (the `spun` verdict). */
  minCopySpin: 0.5,
  /** Spin-score difference that counts. */
  minSpinGap: 0.3,
  /** Share of each side inside shared passages before lost facts can make siblings. */
  minSiblingCoverage: 0.5,
  /** Facts each side must keep alone to make siblings. */
  minExclusiveFacts: 2,
  /** Net weight needed to decide. */
  minNet: 0.6,
  /** Share of the total weight the winning side needs. */
  minShare: 0.7,
} as const;

const DAY = 86_400_000;
/** Names are left out: spinners mangle them, which reads as one name lost and another added. */
const EXCLUSIVE_KINDS = new Set(["number", "person", "quote"]);

export function decideDirection(
  x: Analysed,
  y: Analysed,
  report: RelationReport,
  spinScores: { a: number; b: number },
  resources: SpinResources = spinResources(),
): Direction {
  const evidence = [
    ...dateEvidence(x, y),
    ...canonicalEvidence(x, y),
    ...containmentEvidence(report),
    ...substitutionEvidence(report, resources, spinScores),
    ...spinEvidence(spinScores),
  ];
  const forA = sum(evidence, "a");
  const forB = sum(evidence, "b");
  const net = Math.abs(forA - forB);
  const winner = forA > forB ? "a" : "b";
  const decided = net >= DIRECTION.minNet && Math.max(forA, forB) / (forA + forB) >= DIRECTION.minShare;
  const siblings = exclusiveFacts(report);
  if (siblings) {
    evidence.push(siblings);
    // Stronger evidence of one side outweighs lost facts: a copy may also add a few.
    if (!decided || siblings.weight > net) {
      return { decision: "siblings", confidence: round(siblings.weight / (siblings.weight + 1)), evidence };
    }
  }
  if (!decided) {
    const reason =
      forA + forB === 0
        ? "no evidence: no dates, no metadata, no one-sided substitutions"
        : `evidence too weak or split (${forA.toFixed(1)} for a, ${forB.toFixed(1)} for b)`;
    return { decision: "undetermined", confidence: 0, evidence, reason };
  }
  return { decision: winner === "a" ? "a-original" : "b-original", confidence: round(net / (net + 1)), evidence };
}

function dateEvidence(x: Analysed, y: Analysed): DirectionEvidence[] {
  const da = x.article.date;
  const db = y.article.date;
  if (!da || !db || da.confidence < DIRECTION.minDateConfidence || db.confidence < DIRECTION.minDateConfidence) return [];
  const days = (Date.parse(db.value) - Date.parse(da.value)) / DAY;
  if (!Number.isFinite(days) || Math.abs(days) < 1) return [];
  const weight = 2 * Math.min(da.confidence, db.confidence);
  const [earlier, date] = days > 0 ? (["a", da.value] as const) : (["b", db.value] as const);
  return [
    {
      signal: "date",
      favours: earlier,
      weight,
      note: `${earlier} is dated earlier (${date}, ${Math.round(Math.abs(days))} day(s) before)`,
    },
  ];
}

function canonicalEvidence(x: Analysed, y: Analysed): DirectionEvidence[] {
  const points = (from: Analysed, to: Analysed) => {
    const canonical = from.article.canonicalUrl;
    if (!canonical) return false;
    const host = (u: string | undefined) => (u ? /^https?:\/\/([^/]+)/i.exec(u)?.[1]?.replace(/^www\./, "") : undefined);
    return (
      canonical === to.article.url ||
      (host(canonical) !== undefined && host(canonical) === host(to.article.url) && host(canonical) !== host(from.article.url))
    );
  };
  if (points(x, y)) return [{ signal: "canonical", favours: "b", weight: 3, note: "a's canonical link points to b" }];
  if (points(y, x)) return [{ signal: "canonical", favours: "a", weight: 3, note: "b's canonical link points to a" }];
  return [];
}

/** The contained side of an excerpt is the copy: a page rarely grows into a longer one that keeps it whole. */
function containmentEvidence(r: RelationReport): DirectionEvidence[] {
  const gap = Math.abs(r.coverageA - r.coverageB);
  if (r.type !== "excerpt" || gap < 0.3) return [];
  const original = r.coverageA > r.coverageB ? "b" : "a";
  return [{ signal: "containment", favours: original, weight: gap, note: `${original === "a" ? "b" : "a"} is mostly inside ${original}` }];
}

/**
 * Spinners choose rarer words: the side whose substituted words are rarer is
 * the copy. Translation does the opposite (it normalises vocabulary), so the
 * rarer side only counts as the copy when it also reads as spun on its own.
 */
function substitutionEvidence(r: RelationReport, resources: SpinResources, spinScores: { a: number; b: number }): DirectionEvidence[] {
  let rarerA = 0;
  let rarerB = 0;
  for (const p of r.passages) {
    for (const c of p.changes) {
      if (c.kind !== "synonym" && c.kind !== "other") continue;
      const rarer = rarerSide(c.a, c.b, resources);
      if (rarer === "a") rarerA++;
      else if (rarer === "b") rarerB++;
    }
  }
  const n = rarerA + rarerB;
  if (n < DIRECTION.minSubstitutions) return [];
  const share = Math.max(rarerA, rarerB) / n;
  if (share < DIRECTION.substitutionMajority) return [];
  const original = rarerA > rarerB ? "b" : "a";
  if ((original === "a" ? spinScores.b : spinScores.a) < DIRECTION.minCopySpin) return [];
  return [
    {
      signal: "substitutions",
      favours: original,
      weight: 2 * (share - 0.5) * Math.min(1, n / 20),
      note: `${Math.max(rarerA, rarerB)} of ${n} substituted words are rarer in ${original === "a" ? "b" : "a"}`,
    },
  ];
}

/** A copy that reads as spun on its own, against one that does not. */
function spinEvidence(scores: { a: number; b: number }): DirectionEvidence[] {
  const gap = Math.abs(scores.a - scores.b);
  if (gap < DIRECTION.minSpinGap || Math.max(scores.a, scores.b) < SPIN_THRESHOLDS.spun) return [];
  const original = scores.a < scores.b ? "a" : "b";
  return [{ signal: "spin", favours: original, weight: gap, note: `spin score ${scores.a.toFixed(2)} (a) vs ${scores.b.toFixed(2)} (b)` }];
}

/**
 * Facts each side keeps alone inside the shared passages: neither is the
 * other's source. Only between near-whole copies: where little is shared, a
 * rewrite that draws on other sources too keeps facts of its own anyway.
 */
function exclusiveFacts(r: RelationReport): DirectionEvidence | undefined {
  if (Math.min(r.coverageA, r.coverageB) < DIRECTION.minSiblingCoverage) return undefined;
  const onlyA = r.drift.filter((d) => d.change === "lost" && EXCLUSIVE_KINDS.has(d.kind)).length;
  const onlyB = r.drift.filter((d) => d.change === "added" && EXCLUSIVE_KINDS.has(d.kind)).length;
  if (Math.min(onlyA, onlyB) < DIRECTION.minExclusiveFacts) return undefined;
  return {
    signal: "exclusive-facts",
    favours: "both",
    weight: Math.min(onlyA, onlyB) / 2,
    note: `each keeps facts the other lost in their shared passages (${onlyA} only in a, ${onlyB} only in b)`,
  };
}

function sum(evidence: readonly DirectionEvidence[], side: "a" | "b"): number {
  return evidence.filter((e) => e.favours === side).reduce((s, e) => s + e.weight, 0);
}

const round = (x: number) => Math.round(x * 100) / 100;
