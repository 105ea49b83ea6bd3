/**
 * The library's results in the JSON vocabulary of schema.ts: documents named
 * by `{id, origin, title}`, every span `{start, end}`, every pair's figures
 * `{a, b}`, and absent fields `null`, so that each concept reads the same in
 * every command.
 */

import type { DriftItem } from "../facts/index.js";
import type { RelationReport, Restoration, Story } from "../index.js";
import type { Problem } from "../problems.js";
import type { Family } from "../provenance/families.js";
import type { ListOptions, DocumentSummary as StoredSummary } from "../store/index.js";
import { countWords } from "../text/word-count.js";
import type { Article, DateInfo, Direction } from "../types.js";
import type {
  ArticleOutJson,
  DirectionJson,
  DocRefJson,
  DocumentSummaryJson,
  DriftJson,
  FamilyJson,
  ProblemJson,
  RelationJson,
  StoryJson,
  SubstitutionJson,
} from "./schema.js";

/** A document as people recognise it: what JSON references carry, and the site for human lines. */
export interface Named extends DocRefJson {
  site: string | null;
}

/** Names documents by id: from articles at hand, or from the store's summaries. */
export class Names {
  readonly #known = new Map<string, Named>();

  /** Names every id given: the ones not stored yet keep their id as their origin. */
  static async of(
    corpus: { list(options: ListOptions): Promise<StoredSummary[]> } | undefined,
    ids: Iterable<string>,
    articles: readonly Article[] = [],
  ): Promise<Names> {
    const names = new Names();
    for (const a of articles) names.addArticle(a);
    const missing = [...new Set(ids)].filter((id) => !names.#known.has(id) && !id.startsWith("missing:") && id !== "undetermined");
    if (corpus && missing.length > 0) for (const s of await corpus.list({ ids: missing, limit: missing.length })) names.addSummary(s);
    return names;
  }

  addArticle(a: Article): this {
    this.#known.set(a.id, { id: a.id, origin: a.origin, title: a.title ?? null, site: a.site ?? null });
    return this;
  }

  addSummary(s: StoredSummary): this {
    this.#known.set(s.id, { id: s.id, origin: s.origin, title: s.title ?? null, site: s.site ?? null });
    return this;
  }

  named(id: string): Named {
    return this.#known.get(id) ?? { id, origin: id, title: null, site: null };
  }

  ref(id: string): DocRefJson {
    const { site: _site, ...ref } = this.named(id);
    return ref;
  }
}

export function relationJson(r: RelationReport, names: Names): RelationJson {
  const e = r.evidence;
  return {
    a: names.ref(r.a),
    b: names.ref(r.b),
    type: r.type,
    coverage: { a: r.coverageA, b: r.coverageB },
    confidence: r.confidence,
    passages: r.passages.map((p) => ({
      a: { start: p.a.start, end: p.a.end },
      b: { start: p.b.start, end: p.b.end },
      score: p.score,
      changes: p.changes.map((c) => ({
        kind: c.kind,
        sure: c.sure === true,
        a: { start: c.aStart, end: c.aEnd, text: c.a },
        b: { start: c.bStart, end: c.bEnd, text: c.b },
      })),
      sentences: (p.sentences ?? []).map((q) => ({ a: { ...q.a }, b: { ...q.b }, score: q.score })),
    })),
    evidence: {
      passages: e.passages,
      reusedSentences: e.reusedSentences,
      alignedWords: e.alignedWords,
      proseWords: e.proseWords,
      identical: e.identical,
      substitutions: Object.fromEntries(Object.entries(e.substitutions).filter((kv): kv is [string, number] => kv[1] !== undefined)),
      inserted: e.inserted,
      deleted: e.deleted,
      identity: e.identity,
      sharedNames: e.sharedNames,
      figureConflicts: e.figureConflicts,
      sharedQuotes: {
        count: e.sharedQuotes.count,
        words: e.sharedQuotes.words,
        quotes: e.sharedQuotes.quotes.map((q) => ({ a: { ...q.a }, b: { ...q.b }, words: q.words })),
      },
      notes: [...e.notes],
    },
    drift: r.drift.map(driftJson),
    direction: r.direction ? directionJson(r.direction, names.ref(r.a), names.ref(r.b)) : null,
    origins: r.origins ?? null,
    notes: (r.notes ?? []).map((n) => ({ code: n.code, feature: n.feature, language: n.language ?? null, message: n.message })),
  };
}

function directionJson(d: Direction, a: DocRefJson, b: DocRefJson): DirectionJson {
  return {
    decision: d.decision,
    original: d.decision === "a-original" ? a : d.decision === "b-original" ? b : null,
    confidence: d.confidence,
    evidence: d.evidence.map((x) => ({ signal: x.signal, favours: x.favours, weight: x.weight, note: x.note })),
    reason: d.reason ?? null,
  };
}

export function driftJson(d: DriftItem): DriftJson {
  const fact = (f: DriftItem["a"]) => (f ? { start: f.start, end: f.end, text: f.text, value: f.value } : null);
  return { kind: d.kind, change: d.change, a: fact(d.a), b: fact(d.b) };
}

/** Family edges point a → b: `a-original` when decided; `a` is null for an original missing from the corpus. */
export function familyJson(f: Family, names: Names): FamilyJson {
  const side = (id: string) => (id.startsWith("missing:") || id === "undetermined" ? null : names.ref(id));
  return {
    root: side(f.root),
    missingOriginal: f.root.startsWith("missing:"),
    members: f.members.map((m) => names.ref(m)),
    edges: f.edges.map((e) => {
      const a = side(e.from);
      const b = names.ref(e.to);
      const decision = e.direction === "decided" ? "a-original" : e.direction;
      return {
        a,
        b,
        type: e.type,
        direction: directionJson({ decision, confidence: e.confidence, evidence: e.evidence, reason: e.reason }, a ?? b, b),
      };
    }),
  };
}

export function storyJson(s: Story, names: Names): StoryJson {
  return { id: s.id, label: s.label, members: s.members.map((m) => names.ref(m)), span: s.span ? { ...s.span } : null };
}

export function problemJson(p: Problem): ProblemJson {
  return {
    code: p.code,
    severity: p.severity,
    stage: p.stage,
    file: p.file,
    line: p.line ?? null,
    record: p.record ?? null,
    document: p.document ?? null,
    other: p.other ?? null,
    message: p.message,
  };
}

export function substitutionJson(r: Restoration): SubstitutionJson {
  return { start: r.start, end: r.end, copy: r.copy, source: r.source, kind: r.kind };
}

function dateJson(d: DateInfo | undefined) {
  return d ? { value: d.value, source: d.source, confidence: d.confidence, note: d.note ?? null } : null;
}

export function summaryJson(d: StoredSummary): DocumentSummaryJson {
  return {
    id: d.id,
    origin: d.origin,
    title: d.title ?? null,
    site: d.site ?? null,
    date: d.date ? { value: d.date, source: null, confidence: d.dateConfidence ?? 1, note: null } : null,
    words: d.words,
    status: d.status,
    format: d.format,
    ingestedAt: d.ingestedAt ?? null,
  };
}

export function articleJson(a: Article, stored?: { ingestedAt: string; bytes: number }): ArticleOutJson {
  return {
    id: a.id,
    origin: a.origin,
    sourceId: a.sourceId ?? null,
    format: a.format,
    status: a.status,
    title: a.title ?? null,
    byline: a.byline ?? null,
    authors: [...a.authors],
    date: dateJson(a.date),
    site: a.site ?? null,
    canonicalUrl: a.canonicalUrl ?? null,
    url: a.url ?? null,
    language: a.language ?? null,
    wireCredit: a.wireCredit ?? null,
    credits: (a.credits ?? []).map((c) => ({ outlet: c.outlet, kind: c.kind, text: c.text })),
    copyright: a.copyright ?? null,
    words: countWords(a.text),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({ start: p.start, end: p.end, rawStart: p.rawStart ?? null, rawEnd: p.rawEnd ?? null })),
    sourceMap: a.sourceMap,
    boilerplate: a.boilerplate.map((b) => ({ text: b.text, reason: b.reason })),
    extractor: a.extractor ?? null,
    problems: a.problems.map(problemJson),
    ...(stored ? { ingestedAt: stored.ingestedAt, bytes: stored.bytes } : {}),
  };
}

/** Numbers as printed: three decimal places are all any figure here means. */
export function roundNumbers(_key: string, v: unknown): unknown {
  if (v === undefined) return null;
  return typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v;
}
