/**
 * facts: what a news text states that a copy may change — numbers with the
 * nouns they count, dates, people with their titles, other names, and
 * quotations with their speakers — and the drift between aligned copies.
 */
import type { Analysis, Lexicon } from "../text/index.js";
import { lexicon, memoisedBy } from "../text/index.js";
import { people } from "./people.js";
import { quantities } from "./quantities.js";
import { quotes } from "./quotes.js";
import type { Fact } from "./types.js";

export { driftBetween } from "./drift.js";
export type { DriftChange, DriftItem, Fact, FactKind } from "./types.js";

/** The facts of an analysed text, in text order; computed once per analysis (callers must not change the array). */
export function extractFacts(analysis: Analysis, lex: Lexicon = lexicon()): readonly Fact[] {
  return factsOf(analysis, lex);
}

const factsOf = memoisedBy((analysis: Analysis, lex: Lexicon): readonly Fact[] =>
  [...quantities(analysis), ...people(analysis, lex), ...quotes(analysis)].sort((x, y) => x.start - y.start),
);
