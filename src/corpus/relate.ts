/**
 * The one composition every caller of a pair wants: the relation of two
 * analysed texts with, for copies, which is the original. Scan, find, the
 * verifier threads, `compare` and the API all call this, so they agree.
 */
import type { AlignOptions } from "../align/index.js";
import type { DriftItem } from "../facts/index.js";
import { type Analysed, compareArticles, type RelationReport } from "../match/index.js";
import { withDirection } from "../provenance/index.js";
import { despin, type Restoration } from "../spin/index.js";

export function relate(x: Analysed, y: Analysed, align?: Partial<AlignOptions>): RelationReport {
  return withDirection(x, y, compareArticles(x, y, align));
}

/** Two texts compared in full: the relation, each substituted word restored in b, and the facts that drifted. */
export interface Comparison {
  relation: RelationReport;
  /** b's substituted words with what a's text says instead; none when nothing aligned. */
  substitutions: Restoration[];
  drift: DriftItem[];
  a: Analysed;
  b: Analysed;
}

export function comparison(x: Analysed, y: Analysed, align?: Partial<AlignOptions>): Comparison {
  const relation = relate(x, y, align);
  const substitutions = relation.passages.length > 0 ? despin(relation, y.source).restorations : [];
  return { relation, substitutions, drift: relation.drift, a: x, b: y };
}
