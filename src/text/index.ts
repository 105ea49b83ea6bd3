/**
 * text: the normalisation every later stage shares — tokens, sentences,
 * lemmas, stopwords, numbers as values, synonym classes and frequencies.
 */
export { ANALYZE_CHANNEL, type Analysis, analyze, type Sentence, type Unit } from "./analyze.js";
export { type Attribution, attributions, REPORT_VERBS, SPEECH_VERBS } from "./attribution.js";
export { DETECTABLE_LANGUAGES, detectLanguage, isEnglish, primaryLanguage } from "./language.js";
export { lemmatize } from "./lemma.js";
export { LEXICON_VERSION, type Lexicon, lexicon } from "./lexicon.js";
export { memoised, memoisedBy } from "./memo.js";
export { type EnglishOnlyFeature, englishOnly, languageName, mergeNotes, type Note, notesFor } from "./notes.js";
export { digitValue, type NumberRun, numberRuns } from "./numbers.js";
export { type QuoteSpan, quoteSpans } from "./quotes.js";
export { type Span, sentenceSpans } from "./sentences.js";
export { STOPWORDS, stopwordsFor } from "./stopwords.js";
export { normalize, segmentWords, type Token, tokenize, UNSPACED } from "./tokens.js";
