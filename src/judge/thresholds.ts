/**
 * The judge's thresholds, as data. Set on real news first — the labelled
 * pages of real-news-dev (syndicated copies, rewrites, spun and translated
 * copies, and independent reports of one event that quote the same
 * statement) — then checked on PAN 2013 pairs and generated copies; never
 * from single examples. `npm run bench:real` prints what they give.
 */
export const JUDGE = {
  /**
   * A sentence pair is evidence of reuse only on its own words, matched where
   * neither side is inside quotation marks, and on at least this many of
   * them: a shared "X said" round a shared quotation is not a copied sentence.
   */
  minLinkWords: 4,
  /**
   * Of a sentence pair's own aligned positions, at least this share
   * identical: copies, excerpts, spun and translated-back copies keep 60–100%
   * of the words they align in place (real-news-dev: median 0.86); two
   * reporters writing the same fact keep 30–60%.
   */
  minLinkIdentity: 0.6,
  /**
   * And at least this share of the first sentence's own content words
   * matched (identically, by inflection, synonym, number or name variant):
   * below it the two sentences share a frame ("raised its benchmark rate
   * by …") but not the sentence, which is agreement at the level of topic.
   */
  minLinkAgreement: 0.4,
  /**
   * Own words matched in reused sentences, over the whole pair, needed to
   * call it reuse: one or two copied sentences of a paragraph's length.
   * Independent reports on real-news-dev that share a verbatim phrase (not
   * in quotes) stay under it; copies that overlap by one paragraph reach it.
   */
  minReuseWords: 25,
  /**
   * Of those, at least this many prose words, names and figures aside: two
   * independent reports of one announcement share its names, places and
   * numbers, often as the same list ("X of the University of Y; Z of …"),
   * but a copy shares the sentences around them.
   */
  minReuseProseWords: 20,
  /**
   * A text with fewer own words than those floors — an interview that is
   * mostly quotation — needs this share of its own words reused instead, and
   * never less than this share of the floors: quoted speech is the speaker's,
   * so the little prose round it is all a copy can be told by.
   */
  minReuseShare: 0.5,
  /** Above this identity over reused sentences a copy is verbatim (a duplicate or an excerpt)… */
  verbatimIdentity: 0.9,
  /** …unless more than this share of aligned words were swapped: a light spin is still a spin, typos are not. */
  maxVerbatimSwaps: 0.04,
  /** Both sides this covered (own words inside reused sentences): the texts are the same article. */
  wholeCoverage: 0.8,
  /** Spinners swap words in place: at least this share of non-identical edits are substitutions. */
  spunSubstitutionShare: 0.5,
  /** Spun copies keep at least this many words identical; translations and rewrites fewer. */
  spunIdentity: 0.5,
  /** Two texts sharing this share of their names and numbers are about one story. */
  sameStoryNames: 0.2,
  /** Aligned words at which confidence in a reuse verdict reaches 1 − 1/e. */
  confidenceScaleWords: 60,
} as const;
