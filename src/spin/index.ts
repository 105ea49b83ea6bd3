/**
 * Source-free spin detection: reads one text and says how strongly it shows
 * the marks of an article spinner, with the spans that show them and what
 * each most likely said before.
 */
import { type Analysis, analyze, detectLanguage, englishOnly, isEnglish, type Lexicon, lexicon, primaryLanguage } from "../text/index.js";
import { countWords } from "../text/word-count.js";
import { type SpinResources, spinResources } from "./resources.js";
import { type SignalRates, SPIN_THRESHOLDS, score, verdictOf } from "./score.js";
import { lostBoundaries } from "./signals/boundaries.js";
import { brokenPhrases } from "./signals/broken-phrase.js";
import { contextFit, fitMeasure } from "./signals/context-fit.js";
import { knownPhrases } from "./signals/known-phrase.js";
import { rareSynonyms } from "./signals/rare-synonym.js";
import { spelledNumbers } from "./signals/spelled-number.js";
import { translationMarks } from "./translated.js";
import type { SpinReport, SpinSpan } from "./types.js";
import { type WordVectors, wordVectors } from "./vectors.js";

export { type Despun, despin, type Restoration } from "./despin.js";
export { formatLexiconTsv, LEXICON_TSV_HEADER, learnedMap, type ParsedLexicon, parseLexiconTsv } from "./learned.js";
export { SPIN_DATA_VERSION, type SpinResources, spinResources } from "./resources.js";
export { linearScore, type SignalRates, SPIN_THRESHOLDS } from "./score.js";
export { rarerSide, type Substitution, substitutionsOf } from "./substitutions.js";
export { TRANSLATION_THRESHOLDS, type Translation, translationMarks } from "./translated.js";
export type { SpinKind, SpinReport, SpinSpan, SpinVerdict } from "./types.js";
export { VECTORS_VERSION, type WordVectors, wordVectors } from "./vectors.js";

export interface SpinOptions {
  lexicon?: Lexicon;
  resources?: SpinResources;
  /** Substitutions learned from aligned copies: spun phrase → original phrase. */
  learned?: ReadonlyMap<string, string>;
  /** Word vectors for the context-fit signal; the shipped ones by default, `null` for none. */
  vectors?: WordVectors | null;
  /** The text's language when known (an article's); else the analysis's, else detected. */
  language?: string;
}

/**
 * The spin report of a text, or of its analysis: a caller that has analysed
 * the text already (every stored document has been) passes the analysis, and
 * the text is not analysed twice.
 */
export function detectSpin(input: string | Analysis, options: SpinOptions = {}): SpinReport {
  const text = typeof input === "string" ? input : input.text;
  const language = primaryLanguage(options.language) ?? (typeof input === "string" ? undefined : input.language) ?? detectLanguage(text);
  if (language !== undefined && !isEnglish(language)) {
    const words = typeof input === "string" ? countWords(text) : input.units.length;
    return { score: 0, verdict: "uncertain", words, spans: [], notes: [englishOnly("spin", language)] };
  }
  const analysis = typeof input === "string" ? analyze(input, options.lexicon ?? lexicon(), language) : input;
  const { rates, spans } = spinSignals(analysis, options);
  // Too short to tell its language: most words must still be English dictionary words.
  if (language === undefined && rates.english < MIN_ENGLISH_SHARE) {
    return { score: 0, verdict: "uncertain", words: rates.words, spans: [], notes: [englishOnly("spin", null)] };
  }
  const s = score(rates);
  return { score: s, verdict: verdictOf(s), words: rates.words, spans, translation: translationMarks(analysis), notes: [] };
}

const MIN_ENGLISH_SHARE = 0.5;

/** The signals before scoring: their rates and every span, for calibration and benchmarks. */
export function spinSignals(
  input: string | Analysis,
  options: SpinOptions = {},
): { rates: SignalRates & { english: number }; spans: SpinSpan[]; analysis: Analysis } {
  const lex = options.lexicon ?? lexicon();
  const analysis = typeof input === "string" ? analyze(input, lex) : input;
  const vectors = options.vectors === undefined ? wordVectors() : (options.vectors ?? undefined);
  const ctx = {
    analysis,
    lexicon: lex,
    resources: options.resources ?? spinResources(),
    learned: options.learned ?? new Map<string, string>(),
    fitOf: fitMeasure(analysis.units, vectors),
  };
  const rare = rareSynonyms(ctx);
  const fit = contextFit(ctx);
  const marked = withoutOverlaps([...knownPhrases(ctx), ...brokenPhrases(ctx), ...spelledNumbers(ctx), ...lostBoundaries(ctx)]);
  const spans = withoutOverlaps([...marked, ...rare.spans, ...fit.spans]);
  const letters = analysis.units.filter((u) => u.value === undefined);
  const english = letters.filter((u) => u.stop || lex.isLemma(u.lemma)).length / Math.max(1, letters.length);
  // Rates of a short text are noisy: one rare word in a 60-word brief reads like a spinner's. Each rate is
  // shrunk toward the clean-news median by PRIOR_WORDS words' worth of it, which long texts barely feel.
  const t = SPIN_THRESHOLDS;
  const shrunk = (density: number, n: number, prior: number) => (density * n + prior * t.priorWords) / (n + t.priorWords);
  const rates = {
    rare: shrunk(rare.density, rare.contentWords, t.priorRare),
    misfit: shrunk(fit.density, fit.words, t.priorMisfit),
    marks: marked.length,
    words: analysis.units.length,
    english,
  };
  return { rates, spans, analysis };
}

/** Earlier signals win a contested stretch: a known phrase over a broken one, any phrase over a single word. */
function withoutOverlaps(spans: SpinSpan[]): SpinSpan[] {
  const kept: SpinSpan[] = [];
  for (const span of spans) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}
