/**
 * Source-free spin detection: reads one text and says how strongly it shows
 * the marks of an article spinner, with the spans that show them and what
 * each most likely said before.
 */
import { analyze, type Lexicon, lexicon } from "../text/index.js";
import { type SpinResources, spinResources } from "./resources.js";
import { score, verdictOf } from "./score.js";
import { lostBoundaries } from "./signals/boundaries.js";
import { brokenPhrases } from "./signals/broken-phrase.js";
import { knownPhrases } from "./signals/known-phrase.js";
import { rareSynonyms } from "./signals/rare-synonym.js";
import { spelledNumbers } from "./signals/spelled-number.js";
import type { SpinReport, SpinSpan } from "./types.js";

export { type Despun, despin, type Restoration } from "./despin.js";
export { formatLexiconTsv, LEXICON_TSV_HEADER, learnedMap, type ParsedLexicon, parseLexiconTsv } from "./learned.js";
export { SPIN_DATA_VERSION, type SpinResources, spinResources } from "./resources.js";
export { SPIN_THRESHOLDS } from "./score.js";
export { type Substitution, substitutionsOf } from "./substitutions.js";
export type { SpinKind, SpinReport, SpinSpan, SpinVerdict } from "./types.js";

export interface SpinOptions {
  lexicon?: Lexicon;
  resources?: SpinResources;
  /** Substitutions learned from aligned copies: spun phrase → original phrase. */
  learned?: ReadonlyMap<string, string>;
}

export function detectSpin(text: string, options: SpinOptions = {}): SpinReport {
  const lex = options.lexicon ?? lexicon();
  const ctx = {
    analysis: analyze(text, lex),
    lexicon: lex,
    resources: options.resources ?? spinResources(),
    learned: options.learned ?? new Map<string, string>(),
  };
  const rare = rareSynonyms(ctx);
  const marked = [...knownPhrases(ctx), ...brokenPhrases(ctx), ...spelledNumbers(ctx), ...lostBoundaries(ctx)];
  const spans = withoutOverlaps([...marked, ...rare.spans]);
  const words = ctx.analysis.units.length;
  const s = score(rare.density, spans.length - rare.spans.length, words);
  return { score: s, verdict: verdictOf(s), words, spans };
}

/** Earlier signals win a contested stretch: a known phrase over a broken one, either over a rare word. */
function withoutOverlaps(spans: SpinSpan[]): SpinSpan[] {
  const kept: SpinSpan[] = [];
  for (const span of spans) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}
