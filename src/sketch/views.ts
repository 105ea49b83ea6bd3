/**
 * The views of a document, each robust to a different rewrite, as data.
 * - verbatim: word 5-grams over every word. Copies and excerpts.
 * - canonical: 2-grams over content words mapped to lemma + synonym class,
 *   numbers to values, stopwords dropped. Spinning.
 * - skeleton: 2-grams over the names and numbers in order: the "immutables"
 *   that spinners and translators keep. Translation and same-story coverage.
 */
import type { Unit } from "../text/index.js";

export type ViewName = "verbatim" | "canonical" | "skeleton";

export interface ViewSpec {
  name: ViewName;
  /** Small integer salted into every band key of the view. */
  id: number;
  /** Shingle length in units. */
  shingle: number;
  /** MinHash signature length. */
  k: number;
  /** Jaccard similarity at which the LSH banding is tuned to fire. */
  threshold: number;
  /** Which units take part, and as what hash (`undefined`: left out). */
  term(unit: Unit): number | undefined;
}

export const VIEWS: readonly ViewSpec[] = [
  // Copied passages share most 5-grams; 0.3 leaves room for a few edits and window misalignment.
  { name: "verbatim", id: 1, shingle: 5, k: 32, threshold: 0.3, term: (u) => u.normHash },
  // Spinning replaces a third to a half of content words; pairs of classes survive at roughly 0.2 Jaccard.
  { name: "canonical", id: 2, shingle: 2, k: 32, threshold: 0.2, term: (u) => (u.stop ? undefined : u.keyHash) },
  // Names and numbers in order survive translation; stories about one event share them too, and the aligner sorts that out.
  {
    name: "skeleton",
    id: 3,
    shingle: 2,
    k: 32,
    threshold: 0.25,

    term: (u) => (u.name || u.value !== undefined ? u.keyHash : undefined),
  },
];

/** Bumped when views, passages or hashing change: stored sketches from another version are rebuilt. */
export const SKETCH_VERSION = 2;
export const MINHASH_SEED = 0x1b873593;
