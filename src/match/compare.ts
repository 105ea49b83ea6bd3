/**
 * Two articles → their relation: align, judge, and report the passages with
 * offsets the user can check against their own files, and the words changed.
 * Pure and synchronous.
 */
import { type Alignment, type AlignOptions, alignTexts, type EditKind } from "../align/index.js";
import { type DriftItem, driftBetween, extractFacts } from "../facts/index.js";
import { type Evidence, judge, type RelationType } from "../judge/index.js";
import type { Direction } from "../provenance/types.js";
import { type Analysis, analyze } from "../text/index.js";
import type { Article } from "../types.js";
import { offsetBasis, toSource } from "./offsets.js";

export interface Change {
  kind: Exclude<EditKind, "identical">;
  a: string;
  b: string;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface PassageReport {
  a: { start: number; end: number };
  b: { start: number; end: number };
  score: number;
  changes: Change[];
}

export interface RelationReport {
  a: string;
  b: string;
  type: RelationType;
  coverageA: number;
  coverageB: number;
  confidence: number;
  passages: PassageReport[];
  evidence: Evidence;
  /** Facts that differ between the aligned passages, a → b, with offsets like the passages'. */
  drift: DriftItem[];
  /** Which side is the original, for copy relations (set by provenance/). */
  direction?: Direction;
}

export interface Analysed {
  article: Article;
  analysis: Analysis;
  /** The text that reported offsets index: the input as read for plain text, else the clean text. */
  source: string;
}

/** Analyses an article; `raw` is the input it was extracted from. */
export function analysed(article: Article, raw: string): Analysed {
  return { article, analysis: analyze(article.text), source: offsetBasis(article) === "file" ? raw : article.text };
}

export function compareArticles(x: Analysed, y: Analysed, options?: Partial<AlignOptions>): RelationReport {
  const alignment = alignTexts(x.analysis, y.analysis, options);
  const verdict = judge(x.analysis, y.analysis, alignment);
  const passages = alignment.passages.map((p): PassageReport => {
    const changes: Change[] = [];
    for (const link of p.links) {
      for (const e of link.edits) {
        if (e.op !== "substitute" || !e.kind || e.kind === "identical") continue;
        const ua = x.analysis.units;
        const ub = y.analysis.units;
        const aStart = (ua[e.a[0]] as Analysis["units"][number]).start;
        const aEnd = (ua[e.a[1] - 1] as Analysis["units"][number]).end;
        const bStart = (ub[e.b[0]] as Analysis["units"][number]).start;
        const bEnd = (ub[e.b[1] - 1] as Analysis["units"][number]).end;
        changes.push({
          kind: e.kind,
          a: x.article.text.slice(aStart, aEnd),
          b: y.article.text.slice(bStart, bEnd),
          aStart: toSource(x.article, aStart, "start"),
          aEnd: toSource(x.article, aEnd, "end"),
          bStart: toSource(y.article, bStart, "start"),
          bEnd: toSource(y.article, bEnd, "end"),
        });
      }
    }
    return {
      a: { start: toSource(x.article, p.a.start, "start"), end: toSource(x.article, p.a.end, "end") },
      b: { start: toSource(y.article, p.b.start, "start"), end: toSource(y.article, p.b.end, "end") },
      score: Math.round(p.score * 1000) / 1000,
      changes,
    };
  });
  return {
    a: x.article.id,
    b: y.article.id,
    type: verdict.type,
    coverageA: round(verdict.coverageA),
    coverageB: round(verdict.coverageB),
    confidence: verdict.confidence,
    passages,
    evidence: verdict.evidence,
    drift: alignment.passages.length > 0 ? drift(x, y, alignment.passages) : [],
  };
}

function drift(x: Analysed, y: Analysed, passages: Alignment["passages"]): DriftItem[] {
  const items = driftBetween(extractFacts(x.analysis), extractFacts(y.analysis), passages, { a: x.article.text, b: y.article.text });
  const mapped = (article: Article, f: DriftItem["a"]) =>
    f && { ...f, start: toSource(article, f.start, "start"), end: toSource(article, f.end, "end") };
  return items.map((d) => ({ ...d, a: mapped(x.article, d.a), b: mapped(y.article, d.b) }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
