/**
 * Two articles → their relation: align, judge, and report the passages with
 * offsets the user can check against their own files, and the words changed.
 * Pure and synchronous.
 */
import { type Alignment, type AlignOptions, alignTexts, type EditKind } from "../align/index.js";
import { type DriftItem, driftBetween, extractFacts } from "../facts/index.js";
import { type Evidence, judge, type RelationType } from "../judge/index.js";
import { type Analysis, analyze, lexicon, mergeNotes, type Note } from "../text/index.js";
import type { Article, Direction } from "../types.js";
import { offsetBasis, toSource } from "./offsets.js";

export interface Change {
  kind: Exclude<EditKind, "identical">;
  /** In a sentence pair identical enough in place to show reuse on its own: a substitution, not a possible misalignment. */
  sure?: boolean;
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
  /** The reused sentence pairs the passage is made of, in order (absent in relations stored before 0.7). */
  sentences?: SentencePair[];
}

export interface SentencePair {
  a: { start: number; end: number };
  b: { start: number; end: number };
  score: number;
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
  /** For a text and itself (a = b): every origin its content was read from. */
  origins?: string[];
  /** What the comparison could not read in the texts' languages (English-only synonyms, inflection, number words); absent when none. */
  notes?: Note[];
}

export interface Analysed {
  article: Article;
  analysis: Analysis;
  /** The text that reported offsets index: the input as read for plain text, else the clean text. */
  source: string;
}

/** Analyses an article; `raw` is the input it was extracted from. */
export function analysed(article: Article, raw: string): Analysed {
  return {
    article,
    analysis: analyze(article.text, lexicon(), article.language ?? null),
    source: offsetBasis(article) === "file" ? raw : article.text,
  };
}

/**
 * The relation of two articles. One verdict per pair: the pair is always
 * aligned and judged in one order (by id), and the report turned round when
 * asked the other way, so `compare a b`, `compare b a`, `find` and `scan`
 * agree. Texts with the same content id are identical: a duplicate, nothing
 * to align.
 */
export function compareArticles(x: Analysed, y: Analysed, options?: Partial<AlignOptions>): RelationReport {
  if (x.article.id === y.article.id) return identical(x, y);
  return y.article.id < x.article.id ? mirrored(compareInOrder(y, x, options)) : compareInOrder(x, y, options);
}

function compareInOrder(x: Analysed, y: Analysed, options?: Partial<AlignOptions>): RelationReport {
  const alignment = alignTexts(x.analysis, y.analysis, options);
  const verdict = judge(x.analysis, y.analysis, alignment);
  // Passages with reused sentences, and the changes inside those sentences only: a word matched to another
  // in a sentence pair that is not reuse is a misalignment, not a substitution.
  const reused = verdict.reused.map(({ passage, links, proving }) => {
    const p = alignment.passages[passage] as Alignment["passages"][number];
    return { ...p, links: links.map((i) => p.links[i] as (typeof p.links)[number]), proving: new Set(proving.map((i) => p.links[i])) };
  });
  const passages = reused.map((p): PassageReport => {
    const changes: Change[] = [];
    for (const link of p.links) {
      const sure = p.proving.has(link);
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
          ...(sure ? { sure } : {}),
        });
      }
    }
    const inSource = (article: Article, span: { start: number; end: number }) => ({
      start: toSource(article, span.start, "start"),
      end: toSource(article, span.end, "end"),
    });
    return {
      a: inSource(x.article, p.a),
      b: inSource(y.article, p.b),
      score: Math.round(p.score * 1000) / 1000,
      changes,
      sentences: p.links.map((link) => ({
        a: inSource(x.article, x.analysis.sentences[link.a] as Analysis["sentences"][number]),
        b: inSource(y.article, y.analysis.sentences[link.b] as Analysis["sentences"][number]),
        score: round(link.score),
      })),
    };
  });
  const quotes = verdict.evidence.sharedQuotes;
  quotes.quotes = quotes.quotes.map((q) => ({
    ...q,
    a: { start: toSource(x.article, q.a.start, "start"), end: toSource(x.article, q.a.end, "end") },
    b: { start: toSource(y.article, q.b.start, "start"), end: toSource(y.article, q.b.end, "end") },
  }));
  return {
    a: x.article.id,
    b: y.article.id,
    type: verdict.type,
    coverageA: round(verdict.coverageA),
    coverageB: round(verdict.coverageB),
    confidence: verdict.confidence,
    passages,
    evidence: verdict.evidence,
    drift: reused.length > 0 ? drift(x, y, reused) : [],
    ...withNotes(mergeNotes(x.analysis.notes, y.analysis.notes)),
  };
}

const withNotes = (notes: Note[]) => (notes.length > 0 ? { notes } : {});

/**
 * The same content at several origins (files, records, URLs with the same
 * bytes): one document, reported as a duplicate of itself that lists them.
 */
export function identicalAt(id: string, origins: readonly string[]): RelationReport {
  return {
    a: id,
    b: id,
    type: "duplicate",
    coverageA: 1,
    coverageB: 1,
    confidence: 1,
    passages: [],
    evidence: {
      passages: 0,
      reusedSentences: 0,
      alignedWords: 0,
      proseWords: 0,
      identical: 0,
      substitutions: {},
      inserted: 0,
      deleted: 0,
      identity: 1,
      sharedNames: 1,
      figureConflicts: 0,
      sharedQuotes: { count: 0, words: 0, quotes: [] },
      notes: [`identical content at ${origins.length} origins`],
    },
    drift: [],
    origins: [...origins],
  };
}

/** A text and itself (two inputs of the same content): a duplicate covering both wholly, with nothing changed. */
function identical(x: Analysed, y: Analysed): RelationReport {
  const report = identicalAt(x.article.id, [...new Set([x.article.origin, y.article.origin])]);
  const words = x.analysis.units.length;
  if (words === 0) return report;
  const whole = { start: 0, end: x.source.length };
  return {
    ...report,
    passages: [{ a: whole, b: whole, score: 1, changes: [] }],
    evidence: {
      ...report.evidence,
      passages: 1,
      reusedSentences: x.analysis.sentences.length,
      alignedWords: words,
      proseWords: x.analysis.units.filter((u) => !u.name && u.value === undefined).length,
      identical: words,
      notes: ["identical texts: the same content"],
    },
  };
}

/** The report of (b, a) read as the report of (a, b). */
export function mirrored(r: RelationReport): RelationReport {
  const flip = <T>(p: { a: T; b: T }) => ({ a: p.b, b: p.a });
  const evidence = {
    ...r.evidence,
    inserted: r.evidence.deleted,
    deleted: r.evidence.inserted,
    sharedQuotes: { ...r.evidence.sharedQuotes, quotes: r.evidence.sharedQuotes.quotes.map((q) => ({ ...q, ...flip(q) })) },
  };
  const out: RelationReport = {
    ...r,
    a: r.b,
    b: r.a,
    coverageA: r.coverageB,
    coverageB: r.coverageA,
    passages: r.passages.map((p) => ({
      ...p,
      ...flip(p),
      changes: p.changes.map((c) => ({ ...c, a: c.b, b: c.a, aStart: c.bStart, aEnd: c.bEnd, bStart: c.aStart, bEnd: c.aEnd })),
      ...(p.sentences ? { sentences: p.sentences.map((q) => ({ ...q, ...flip(q) })) } : {}),
    })),
    evidence,
    drift: r.drift.map((d) => ({ ...d, ...flip(d), change: d.change === "lost" ? "added" : d.change === "added" ? "lost" : d.change })),
  };
  if (r.direction) out.direction = mirroredDirection(r.direction);
  return out;
}

function mirroredDirection(d: Direction): Direction {
  const side = (s: "a" | "b" | "both") => (s === "a" ? "b" : s === "b" ? "a" : s);
  const decision = d.decision === "a-original" ? "b-original" : d.decision === "b-original" ? "a-original" : d.decision;
  return { ...d, decision, evidence: d.evidence.map((e) => ({ ...e, favours: side(e.favours) })) };
}

function drift(x: Analysed, y: Analysed, passages: Alignment["passages"]): DriftItem[] {
  const items = driftBetween(extractFacts(x.analysis), extractFacts(y.analysis), passages, { a: x.article.text, b: y.article.text });
  const mapped = (article: Article, f: DriftItem["a"]) =>
    f && { ...f, start: toSource(article, f.start, "start"), end: toSource(article, f.end, "end") };
  return items.map((d) => ({ ...d, a: mapped(x.article, d.a), b: mapped(y.article, d.b) }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
