/** What the judge says about a pair of texts. */
import type { EditKind } from "../align/index.js";
import type { SharedQuote } from "./shared-quotes.js";

export type RelationType = "duplicate" | "excerpt" | "spun" | "paraphrase" | "same-story" | "unrelated";

/** Relations that mean one text was made from the other (or both from one source). */
export const COPY_TYPES: ReadonlySet<RelationType> = new Set(["duplicate", "excerpt", "spun", "paraphrase"]);

export interface Evidence {
  /** Aligned passages holding reused sentences (passages made only of shared quotations are not counted). */
  passages: number;
  /** Sentence pairs reused: matched on their own words, outside quotations. */
  reusedSentences: number;
  /** Own words of the first text matched in reused sentences. */
  alignedWords: number;
  /** Of those, the words that are neither names nor figures. */
  proseWords: number;
  identical: number;
  substitutions: Partial<Record<Exclude<EditKind, "identical">, number>>;
  inserted: number;
  deleted: number;
  /** Identical words over the aligned positions of reused sentences (added and dropped words aside). */
  identity: number;
  /** Share of names and numbers the two texts share (Jaccard). */
  sharedNames: number;
  /**
   * Figures matched to other figures in aligned sentences: the same sentences
   * with other numbers — an updated version, or the same template about
   * another event (a rate decision, a quarterly report).
   */
  figureConflicts: number;
  /** Quotations both texts carry: evidence of a shared source, not of copying. */
  sharedQuotes: { count: number; words: number; quotes: SharedQuote[] };
  /** Human-readable reasons, most important first. */
  notes: string[];
}

export interface Verdict {
  type: RelationType;
  /** Share of each text's own words (outside quotations) inside reused sentences. */
  coverageA: number;
  coverageB: number;
  confidence: number;
  evidence: Evidence;
  /**
   * For copies: the alignment's passages with sentences aligned on their own
   * words (outside quotations), each with those sentence pairs' indexes
   * (`links`), and among them the pairs that show reuse on their own
   * (`proving`): identical enough in place that a changed word there is a
   * substitution, not a misalignment.
   */
  reused: Array<{ passage: number; links: number[]; proving: number[] }>;
}
