/**
 * Token alignment inside a matched sentence pair: Needleman–Wunsch over
 * units, scoring equal words, inflections, synonyms, numbers spelled two ways
 * and name variants as matches of falling strength. The result is an edit
 * script whose substitutions say what kind of change each one is.
 */
import type { Lexicon, Unit } from "../text/index.js";

export type EditKind = "identical" | "inflection" | "synonym" | "number-spelling" | "name-variant" | "other";

export interface Edit {
  op: "equal" | "substitute" | "insert" | "delete";
  kind?: EditKind;
  /** Unit index ranges `[from, to)` in each text (empty on the side that lacks it). */
  a: [number, number];
  b: [number, number];
}

const SCORE: Record<EditKind, number> = {
  identical: 2,
  inflection: 1.8,
  "number-spelling": 1.8,
  synonym: 1.4,
  "name-variant": 1.4,
  other: -0.6,
};
const GAP = -0.5;
/** Two names this similar (edit distance over length) are one name spelled two ways. */
const NAME_SIMILARITY = 0.7;

export function classify(a: Unit, b: Unit, lex: Lexicon): EditKind {
  if (a.norm === b.norm) return "identical";
  if (a.value !== undefined && a.value === b.value) return "number-spelling";
  if (a.lemma === b.lemma && !a.stop) return "inflection";
  if (!a.stop && !b.stop && (a.key === b.key || lex.areSynonyms(a.lemma, b.lemma))) return "synonym";
  if ((a.name || b.name) && nameSimilarity(a.norm, b.norm) >= NAME_SIMILARITY) return "name-variant";
  return "other";
}

const KINDS: readonly EditKind[] = ["identical", "inflection", "synonym", "number-spelling", "name-variant", "other"];

export function alignUnits(
  units: { a: readonly Unit[]; b: readonly Unit[] },
  aRange: [number, number],
  bRange: [number, number],
  lex: Lexicon,
): Edit[] {
  // Words the two sentences open and close with alike are aligned as they stand: an identical pair scores
  // highest, so some best alignment keeps them, and most reused sentences are identical or nearly so.
  // The quadratic table is built only for the middle that differs.
  let [aFrom, aTo] = aRange;
  let [bFrom, bTo] = bRange;
  while (aFrom < aTo && bFrom < bTo && sameWord(units.a[aFrom], units.b[bFrom])) [aFrom, bFrom] = [aFrom + 1, bFrom + 1];
  while (aTo > aFrom && bTo > bFrom && sameWord(units.a[aTo - 1], units.b[bTo - 1])) [aTo, bTo] = [aTo - 1, bTo - 1];
  const edits: Edit[] = [];
  if (aFrom > aRange[0]) edits.push({ op: "equal", kind: "identical", a: [aRange[0], aFrom], b: [bRange[0], bFrom] });
  edits.push(...alignMiddle(units, [aFrom, aTo], [bFrom, bTo], lex));
  if (aTo < aRange[1]) edits.push({ op: "equal", kind: "identical", a: [aTo, aRange[1]], b: [bTo, bRange[1]] });
  return mergeRuns(edits);
}

function sameWord(a: Unit | undefined, b: Unit | undefined): boolean {
  return a !== undefined && b !== undefined && a.norm === b.norm;
}

/** Needleman–Wunsch over the two ranges, as unmerged single-unit edits in text order. */
function alignMiddle(
  units: { a: readonly Unit[]; b: readonly Unit[] },
  aRange: [number, number],
  bRange: [number, number],
  lex: Lexicon,
): Edit[] {
  const n = aRange[1] - aRange[0];
  const m = bRange[1] - bRange[0];
  const edits: Edit[] = [];
  if (n === 0 || m === 0) {
    for (let i = aRange[0]; i < aRange[1]; i++) edits.push({ op: "delete", a: [i, i + 1], b: [bRange[0], bRange[0]] });
    for (let j = bRange[0]; j < bRange[1]; j++) edits.push({ op: "insert", a: [aRange[0], aRange[0]], b: [j, j + 1] });
    return edits;
  }
  const score = new Float64Array((n + 1) * (m + 1));
  const kinds = new Uint8Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) score[at(i, 0)] = i * GAP;
  for (let j = 1; j <= m; j++) score[at(0, j)] = j * GAP;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const kind = classify(units.a[aRange[0] + i - 1] as Unit, units.b[bRange[0] + j - 1] as Unit, lex);
      kinds[at(i, j)] = KINDS.indexOf(kind);
      score[at(i, j)] = Math.max(
        (score[at(i - 1, j - 1)] as number) + SCORE[kind],
        (score[at(i - 1, j)] as number) + GAP,
        (score[at(i, j - 1)] as number) + GAP,
      );
    }
  }
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = score[at(i, j)] as number;
    const ai = aRange[0] + i;
    const bj = bRange[0] + j;
    const kind = KINDS[kinds[at(i, j)] as number] as EditKind;
    if (i > 0 && j > 0 && here === (score[at(i - 1, j - 1)] as number) + SCORE[kind]) {
      edits.push({ op: kind === "identical" ? "equal" : "substitute", kind, a: [ai - 1, ai], b: [bj - 1, bj] });
      i--;
      j--;
    } else if (i > 0 && here === (score[at(i - 1, j)] as number) + GAP) {
      edits.push({ op: "delete", a: [ai - 1, ai], b: [bj, bj] });
      i--;
    } else {
      edits.push({ op: "insert", a: [ai, ai], b: [bj - 1, bj] });
      j--;
    }
  }
  return edits.reverse();
}

/** Joins neighbouring edits of the same op and kind into one. */
function mergeRuns(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && last.op === e.op && last.kind === e.kind && last.a[1] === e.a[0] && last.b[1] === e.b[0] && e.op !== "substitute") {
      last.a[1] = e.a[1];
      last.b[1] = e.b[1];
    } else out.push({ ...e, a: [...e.a], b: [...e.b] });
  }
  return out;
}

function nameSimilarity(a: string, b: string): number {
  if (a.length < 3 || b.length < 3) return 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length] as number;
}
