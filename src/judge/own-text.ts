/**
 * What an alignment says about each text's own words. Every aligned sentence
 * pair is tallied twice over: words matched where both sides are outside
 * quotation marks (evidence that one text took the other's prose), and words
 * matched where either side is quoted (a shared source, not copying). A
 * sentence pair counts as reuse only on its own words.
 */
import type { Alignment, EditKind } from "../align/index.js";
import type { Analysis, Unit } from "../text/index.js";

export interface LinkTally {
  /** Sentence indexes in each text. */
  a: number;
  b: number;
  /** Units outside quotations in each sentence. */
  ownA: number;
  ownB: number;
  /** Own units matched in place: identical, inflected, synonym, number spelling, name variant. */
  matched: number;
  identical: number;
  /** Own units matched that are neither names nor figures: the prose, which independent reports of one fact do not share. */
  proseMatched: number;
  /** Own content words (not stopwords) of a's sentence, and how many matched. */
  contentA: number;
  contentMatched: number;
  /** Own units swapped for other words, and added or dropped. */
  swapped: number;
  inserted: number;
  deleted: number;
  /** Substitutions by kind, own text only. */
  substitutions: Partial<Record<Exclude<EditKind, "identical">, number>>;
  /** Numbers matched to a number of another value: the same sentence frame about another event. */
  numberConflicts: number;
  /** Units matched where a side is quoted. */
  quotedMatched: number;
  /** Character range of the own matched words in each text, if any. */
  spanA: { start: number; end: number } | undefined;
  spanB: { start: number; end: number } | undefined;
}

export function tallyLinks(a: Analysis, b: Analysis, alignment: Alignment): LinkTally[][] {
  return alignment.passages.map((p) =>
    p.links.map((link) => {
      const t: LinkTally = {
        a: link.a,
        b: link.b,
        ownA: own(a, link.a),
        ownB: own(b, link.b),
        matched: 0,
        proseMatched: 0,
        identical: 0,
        contentA: 0,
        contentMatched: 0,
        swapped: 0,
        inserted: 0,
        deleted: 0,
        substitutions: {},
        numberConflicts: 0,
        quotedMatched: 0,
        spanA: undefined,
        spanB: undefined,
      };
      const sa = a.sentences[link.a];
      if (sa) for (let i = sa.from; i < sa.to; i++) if (a.quoted[i] === 0 && !(a.units[i] as Unit).stop) t.contentA++;
      for (const e of link.edits) {
        if (e.op === "insert") {
          for (let j = e.b[0]; j < e.b[1]; j++) if (b.quoted[j] === 0) t.inserted++;
          continue;
        }
        if (e.op === "delete") {
          for (let i = e.a[0]; i < e.a[1]; i++) if (a.quoted[i] === 0) t.deleted++;
          continue;
        }
        // Equal runs are merged by the aligner; substitutions come one unit each.
        for (let k = 0; k < e.a[1] - e.a[0]; k++) tallyPair(t, a, b, e.a[0] + k, e.b[0] + k, (e.kind ?? "identical") as EditKind);
      }
      return t;
    }),
  );
}

function tallyPair(t: LinkTally, a: Analysis, b: Analysis, i: number, j: number, kind: EditKind): void {
  const match = kind !== "other";
  if (a.quoted[i] === 1 || b.quoted[j] === 1) {
    if (match) t.quotedMatched++;
    return;
  }
  const ua = a.units[i] as Unit;
  const ub = b.units[j] as Unit;
  if (!match) {
    t.swapped++;
    t.substitutions.other = (t.substitutions.other ?? 0) + 1;
    if (ua.value !== undefined && ub.value !== undefined && ua.value !== ub.value) t.numberConflicts++;
    return;
  }
  t.matched++;
  if (!ua.name && !ub.name && ua.value === undefined) t.proseMatched++;
  if (kind === "identical") t.identical++;
  else t.substitutions[kind] = (t.substitutions[kind] ?? 0) + 1;
  if (!ua.stop) t.contentMatched++;
  t.spanA = widen(t.spanA, ua);
  t.spanB = widen(t.spanB, ub);
}

function own(x: Analysis, sentence: number): number {
  const s = x.sentences[sentence];
  if (!s) return 0;
  let n = 0;
  for (let i = s.from; i < s.to; i++) if (x.quoted[i] === 0) n++;
  return n;
}

function widen(r: { start: number; end: number } | undefined, u: Unit): { start: number; end: number } {
  return r ? { start: Math.min(r.start, u.start), end: Math.max(r.end, u.end) } : { start: u.start, end: u.end };
}
