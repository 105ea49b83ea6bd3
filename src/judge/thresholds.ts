/**
 * The judge's thresholds, as data. Each is set from the benchmarks in
 * bench/ (PAN 2013 training pairs and generated news copies), never from
 * individual examples.
 */
export const JUDGE = {
  /**
   * Aligned text with fewer identical words than this share is coverage of the
   * same facts in other words, not reuse: translation round trips keep ~45% of
   * words identical, independent reports on one event ~15%.
   */
  minCopyIdentity: 0.3,
  /** Above this identity a copy is verbatim (a duplicate or an excerpt)… */
  verbatimIdentity: 0.9,
  /** …unless more than this share of aligned words were swapped: a light spin is still a spin, typos are not. */
  maxVerbatimSwaps: 0.04,
  /** Both sides this covered: the texts are the same article. */
  wholeCoverage: 0.8,
  /** Neither side this covered: only some passages were reused. */
  partialCoverage: 0.5,
  /**
   * Partial reuse needs two passages, or one this faithful and this long: a
   * lone sentence in common, or a loosely matching one, is what shared quotes
   * and stock phrases look like.
   */
  singlePassageIdentity: 0.4,
  singlePassageWords: 40,
  /** Spinners swap words in place: at least this share of non-identical edits are substitutions. */
  spunSubstitutionShare: 0.5,
  /** Spun copies keep at least this many words identical; translations fewer. */
  spunIdentity: 0.5,
  /** Two texts sharing this share of their names and numbers are about one story. */
  sameStoryNames: 0.2,
  /** Aligned words at which confidence in a reuse verdict reaches 1 − 1/e. */
  confidenceScaleWords: 60,
} as const;
