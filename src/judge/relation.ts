/** What the judge says about a pair of texts. */
import type { EditKind } from "../align/index.js";

export type RelationType = "duplicate" | "excerpt" | "spun" | "paraphrase" | "same-story" | "unrelated";

/** Relations that mean one text was made from the other (or both from one source). */
export const COPY_TYPES: ReadonlySet<RelationType> = new Set(["duplicate", "excerpt", "spun", "paraphrase"]);

export interface Evidence {
  passages: number;
  /** Words of the first text inside aligned sentence pairs. */
  alignedWords: number;
  identical: number;
  substitutions: Partial<Record<Exclude<EditKind, "identical">, number>>;
  inserted: number;
  deleted: number;
  /** Identical words over all aligned positions. */
  identity: number;
  /** Share of names and numbers the two texts share (Jaccard). */
  sharedNames: number;
  /** Human-readable reasons, most important first. */
  notes: string[];
}

export interface Verdict {
  type: RelationType;
  /** Share of each text's characters inside reused passages. */
  coverageA: number;
  coverageB: number;
  confidence: number;
  evidence: Evidence;
}
