/**
 * facts: what a news text states that a copy may change — numbers with the
 * nouns they count, dates, people with their titles, other names, and
 * quotations with their speakers — and the drift between aligned copies.
 */
import type { Analysis, Lexicon } from "../text/index.js";
import { lexicon } from "../text/index.js";
import { people } from "./people.js";
import { quantities } from "./quantities.js";
import { quotes } from "./quotes.js";
import type { Fact } from "./types.js";

export { driftBetween } from "./drift.js";
export type { DriftChange, DriftItem, Fact, FactKind } from "./types.js";

export function extractFacts(analysis: Analysis, lex: Lexicon = lexicon()): Fact[] {
  return [...quantities(analysis), ...people(analysis, lex), ...quotes(analysis)].sort((x, y) => x.start - y.start);
}
