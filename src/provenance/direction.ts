/**
 * Who copied whom, for one related pair. Evidence comes in two strengths.
 * Strong evidence can decide: a credit naming the other side's outlet
 * ("(AP) —", "the BBC reported", "Copyright … Associated Press" on a copy of an
 * AP page), trusted publication dates (a date from site chrome is not one),
 * a canonical link. Weak evidence — containment, one side confidently spun
 * against a clean other, rarer substitutions — only adds to strong evidence:
 * on its own it guessed, between two copies of one missing wire text, which
 * was "the original". Two copies that each keep facts the other lost, or
 * that both credit one outlet neither of them is, are `siblings` of a
 * missing original. When nothing decides, the answer is `undetermined`,
 * never a guess. Notes name no side: the evidence's `favours` does.
 */
import { outletNamed, outletOfHost } from "../extract/outlets.js";
import type { Analysed, RelationReport } from "../match/index.js";
import { rarerSide, SPIN_THRESHOLDS, type SpinResources, spinResources } from "../spin/index.js";
import type { Article } from "../types.js";
import type { Direction, DirectionEvidence } from "./types.js";

export const DIRECTION = {
  /** Dates below this extraction confidence (site chrome, guesses) are not evidence. */
  minDateConfidence: 0.5,
  /** A credit naming the other side's outlet: the strongest evidence there is. */
  creditWeight: 3,
  /** Substitutions needed before their direction counts. */
  minSubstitutions: 5,
  /** Share of substitutions pointing one way for it to count. */
  substitutionMajority: 0.7,
  /** A side reads as spun at this source-free score… */
  spunScore: SPIN_THRESHOLDS.spun,
  /** …and as clean below this one; spin counts only between one of each. */
  cleanScore: SPIN_THRESHOLDS.clean,
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
const STRONG = new Set<DirectionEvidence["signal"]>(["credit", "date", "canonical"]);

/** A side's source-free spin score, asked for only when evidence needs it (it costs an analysis's worth of work). */
export type SpinScoreOf = (side: "a" | "b") => number;

export function decideDirection(
  x: Analysed,
  y: Analysed,
  report: RelationReport,
  spinOf: SpinScoreOf,
  resources: SpinResources = spinResources(),
): Direction {
  const evidence = [
    ...creditEvidence(x.article, y.article),
    ...dateEvidence(x, y),
    ...canonicalEvidence(x, y),
    ...containmentEvidence(report),
    ...substitutionEvidence(report, resources, spinOf),
    ...spinEvidence(report, spinOf),
  ];
  const siblings = [...sharedCredit(x.article, y.article), ...exclusiveFacts(report)];
  const decisive = evidence.filter((e) => e.favours !== "both");
  const forA = sum(decisive, "a");
  const forB = sum(decisive, "b");
  const net = Math.abs(forA - forB);
  const strong = decisive.some((e) => STRONG.has(e.signal));
  const decided = strong && net >= DIRECTION.minNet && Math.max(forA, forB) / (forA + forB) >= DIRECTION.minShare;
  const siblingWeight = siblings.reduce((s, e) => s + e.weight, 0);
  if (siblings.length > 0 && (!decided || siblingWeight > net)) {
    // Stronger evidence of one side outweighs the marks of siblings: a copy may also add a few facts.
    return { decision: "siblings", confidence: round(siblingWeight / (siblingWeight + 1)), evidence: [...evidence, ...siblings] };
  }
  if (!decided) {
    const reason =
      forA + forB === 0
        ? "no evidence: no trusted dates, no credits naming the other's outlet, no canonical links"
        : strong
          ? `evidence split (${forA.toFixed(1)} for a, ${forB.toFixed(1)} for b)`
          : "only weak evidence (containment, spin, substitutions): not enough to name an original without a date, a credit or a canonical link";
    return { decision: "undetermined", confidence: 0, evidence, reason };
  }
  return { decision: forA > forB ? "a-original" : "b-original", confidence: round(net / (net + 1)), evidence };
}

/** The outlets a page is: its site name and its hosts, where they name an outlet we know. */
function identity(a: Article): Set<string> {
  const out = new Set<string>();
  const site = a.site ? outletNamed(a.site) : undefined;
  if (site) out.add(site);
  for (const u of [a.url, a.canonicalUrl]) {
    const host = u ? /^https?:\/\/([^/:]+)/i.exec(u)?.[1] : undefined;
    const outlet = host ? outletOfHost(host) : undefined;
    if (outlet) out.add(outlet);
  }
  return out;
}

/** One side credits an outlet the other side is: the other is where the text came from. */
function creditEvidence(x: Article, y: Article): DirectionEvidence[] {
  const out: DirectionEvidence[] = [];
  for (const [copy, original, favours] of [
    [y, x, "a"],
    [x, y, "b"],
  ] as const) {
    const is = identity(original);
    const credit = (copy.credits ?? []).find((c) => is.has(c.outlet));
    if (credit) {
      out.push({
        signal: "credit",
        favours,
        weight: DIRECTION.creditWeight,
        note: `the other credits ${credit.outlet} ("${credit.text}"), which this one is`,
      });
    }
  }
  return out;
}

/** Both carry one outlet's text (their datelines, bylines or credit lines name it) and neither is that outlet. */
function sharedCredit(x: Article, y: Article): DirectionEvidence[] {
  const own = (a: Article) => new Set((a.credits ?? []).filter((c) => c.kind !== "report").map((c) => c.outlet));
  const [cx, cy] = [own(x), own(y)];
  const [ix, iy] = [identity(x), identity(y)];
  const shared = [...cx].find((o) => cy.has(o) && !ix.has(o) && !iy.has(o));
  return shared ? [{ signal: "shared-credit", favours: "both", weight: 1, note: `both credit ${shared}, which neither is` }] : [];
}

function trustedDate(a: Analysed): { value: string; confidence: number } | undefined {
  const d = a.article.date;
  return d && d.confidence >= DIRECTION.minDateConfidence && d.source !== "site-chrome" ? d : undefined;
}

function dateEvidence(x: Analysed, y: Analysed): DirectionEvidence[] {
  const da = trustedDate(x);
  const db = trustedDate(y);
  if (!da || !db) return [];
  const days = (Date.parse(db.value) - Date.parse(da.value)) / DAY;
  if (!Number.isFinite(days) || Math.abs(days) < 1) return [];
  const weight = 2 * Math.min(da.confidence, db.confidence);
  const [earlier, date, later] = days > 0 ? (["a", da.value, db.value] as const) : (["b", db.value, da.value] as const);
  const n = Math.round(Math.abs(days));
  return [
    {
      signal: "date",
      favours: earlier,
      weight,
      note: `published ${date.slice(0, 10)}, ${n} day(s) before the other (${later.slice(0, 10)})`,
    },
  ];
}

function canonicalEvidence(x: Analysed, y: Analysed): DirectionEvidence[] {
  const host = (u: string | undefined) => (u ? /^https?:\/\/([^/]+)/i.exec(u)?.[1]?.replace(/^www\./, "") : undefined);
  const points = (from: Analysed, to: Analysed) => {
    const canonical = from.article.canonicalUrl;
    if (!canonical) return false;
    return (
      canonical === to.article.url ||
      (host(canonical) !== undefined && host(canonical) === host(to.article.url) && host(canonical) !== host(from.article.url))
    );
  };
  const note = "the other's canonical link points to this page";
  if (points(x, y)) return [{ signal: "canonical", favours: "b", weight: 3, note }];
  if (points(y, x)) return [{ signal: "canonical", favours: "a", weight: 3, note }];
  return [];
}

/** The contained side of an excerpt is the copy, mostly: a page that lifts a story and adds to it reads the other way. */
function containmentEvidence(r: RelationReport): DirectionEvidence[] {
  const gap = Math.abs(r.coverageA - r.coverageB);
  if (r.type !== "excerpt" || gap < 0.3) return [];
  const original = r.coverageA > r.coverageB ? "b" : "a";
  return [{ signal: "containment", favours: original, weight: gap / 2, note: "holds the other's reused text whole and more" }];
}

/**
 * Spinners choose rarer words: the side whose substituted words are rarer is
 * the copy. Translation does the opposite (it normalises vocabulary), so the
 * rarer side only counts as the copy when it also reads as spun on its own.
 */
function substitutionEvidence(r: RelationReport, resources: SpinResources, spinOf: SpinScoreOf): DirectionEvidence[] {
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
  if (spinOf(original === "a" ? "b" : "a") < DIRECTION.spunScore) return [];
  return [
    {
      signal: "substitutions",
      favours: original,
      weight: 2 * (share - 0.5) * Math.min(1, n / 20),
      note: `the other's word is the rarer in ${Math.max(rarerA, rarerB)} of ${n} substitutions`,
    },
  ];
}

/**
 * One side confidently spun, the other clean: the clean one is nearer the
 * source. Only where the copy changed words: in a pair without substitutions
 * the shared text reads the same on both sides, so what reads spun is
 * elsewhere and says nothing of who copied whom.
 */
function spinEvidence(r: RelationReport, spinOf: SpinScoreOf): DirectionEvidence[] {
  const substituted = r.passages.reduce((n, p) => n + p.changes.filter((c) => c.kind === "synonym" || c.kind === "other").length, 0);
  if (substituted < DIRECTION.minSubstitutions) return [];
  const scores = { a: spinOf("a"), b: spinOf("b") };
  const [lo, hi] = scores.a < scores.b ? (["a", scores.b] as const) : (["b", scores.a] as const);
  if (hi < DIRECTION.spunScore || Math.min(scores.a, scores.b) >= DIRECTION.cleanScore) return [];
  return [
    {
      signal: "spin",
      favours: lo,
      weight: 1,
      note: `reads clean (${Math.min(scores.a, scores.b).toFixed(2)}) where the other reads spun (${hi.toFixed(2)})`,
    },
  ];
}

/**
 * Facts each side keeps alone inside the shared passages: neither is the
 * other's source. Only between near-whole copies: where little is shared, a
 * rewrite that draws on other sources too keeps facts of its own anyway.
 */
function exclusiveFacts(r: RelationReport): DirectionEvidence[] {
  if (Math.min(r.coverageA, r.coverageB) < DIRECTION.minSiblingCoverage) return [];
  // A fact whose words were swapped (a spinner's "the Large Apple") or reworded (a paraphrase's "compared
  // with a forecast of") is the same fact rewritten, not one the other side lacks.
  const changes = r.passages.flatMap((p) => p.changes);
  const rewritten = (side: "a" | "b", at: { start: number; end: number }) =>
    changes.some((c) => (side === "a" ? c.aStart < at.end && c.aEnd > at.start : c.bStart < at.end && c.bEnd > at.start));
  const exclusive = (change: "lost" | "added", side: "a" | "b") =>
    r.drift.filter((d) => {
      const at = d[side];
      return d.change === change && EXCLUSIVE_KINDS.has(d.kind) && at !== undefined && !rewritten(side, at);
    }).length;
  const onlyA = exclusive("lost", "a");
  const onlyB = exclusive("added", "b");
  if (Math.min(onlyA, onlyB) < DIRECTION.minExclusiveFacts) return [];
  return [
    {
      signal: "exclusive-facts",
      favours: "both",
      weight: Math.min(onlyA, onlyB) / 2,
      note: `each keeps facts the other lost in their shared passages (${onlyA} and ${onlyB})`,
    },
  ];
}

function sum(evidence: readonly DirectionEvidence[], side: "a" | "b"): number {
  return evidence.filter((e) => e.favours === side).reduce((s, e) => s + e.weight, 0);
}

const round = (x: number) => Math.round(x * 100) / 100;
