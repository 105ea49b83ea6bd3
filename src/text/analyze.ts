/**
 * Text → units: the tokens every later stage compares. A unit is one word or
 * one number (a spelled-out number of several words is one unit), with its
 * offsets, lemma, synonym class and flags.
 */

import { channel } from "node:diagnostics_channel";
import { type Attribution, attributions } from "./attribution.js";
import { fnv1a } from "./hash.js";
import { isEnglish, primaryLanguage } from "./language.js";
import { lemmatize } from "./lemma.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { type Note, notesFor } from "./notes.js";
import { digitValue, numberRuns } from "./numbers.js";
import { type QuoteSpan, quoteSpans } from "./quotes.js";
import { type Span, sentenceSpans } from "./sentences.js";
import { stopwordsFor } from "./stopwords.js";
import { normalize, tokenize } from "./tokens.js";

export interface Unit {
  start: number;
  end: number;
  /** Lower-cased surface form. */
  norm: string;
  lemma: string;
  /** What the unit means, for matching: `#value` for numbers, else the lemma's synonym class. */
  key: string;
  stop: boolean;
  /** Numeric value when the unit is a number, written in digits or words. */
  value: number | undefined;
  /** Written in digits. */
  digits: boolean;
  /** Capitalized and not at the start of a sentence: a name, most likely. */
  name: boolean;
  /** 32-bit hashes of `norm` and `key`, for sketching without rehashing strings. */
  normHash: number;
  keyHash: number;
}

export interface Sentence extends Span {
  /** Unit index range `[from, to)`. */
  from: number;
  to: number;
}

export interface Analysis {
  text: string;
  units: Unit[];
  sentences: Sentence[];
  /** Quotations, by character offsets. */
  quotes: QuoteSpan[];
  /** Per unit: 1 when it sits inside a quotation (a third party's words), else 0. */
  quoted: Uint8Array;
  /** Who the text credits: speakers, organisations, outlets. */
  attributions: Attribution[];
  /**
   * ISO 639-1 code of the language the text was read as: the article's, or
   * detected; undefined when unknown, and then the text is read as English.
   */
  language: string | undefined;
  /** What could not be read in this language as it is in English (inflection, synonyms, number words). */
  notes: Note[];
}

interface WordInfo {
  lemma: string;
  key: string;
  stop: boolean;
  normHash: number;
  keyHash: number;
}

/**
 * Per-lexicon and per-language memo of word → lemma, key and stopword flag:
 * news vocabulary repeats, lemmatizing does not need to. English (and a
 * text of unknown language) has the key `""`.
 */
const wordCaches = new WeakMap<Lexicon, Map<string, Map<string, WordInfo>>>();
/** Bounds the memo; past this many distinct words it starts afresh. */
const MAX_CACHED_WORDS = 500_000;

function wordCache(lex: Lexicon, language: string): Map<string, WordInfo> {
  let byLanguage = wordCaches.get(lex);
  if (!byLanguage) wordCaches.set(lex, (byLanguage = new Map()));
  let cache = byLanguage.get(language);
  if (!cache || cache.size > MAX_CACHED_WORDS) byLanguage.set(language, (cache = new Map()));
  return cache;
}

/**
 * English words get their WordNet lemma and synonym class; the lexicon is
 * English, so a word of another language is its own lemma and key, and a
 * stopword by that language's list.
 */
function wordInfo(norm: string, lex: Lexicon, cache: Map<string, WordInfo>, stopwords: ReadonlySet<string>, english: boolean): WordInfo {
  let info = cache.get(norm);
  if (!info) {
    const lemma = english ? lemmatize(norm, lex) : norm;
    const stop = stopwords.has(norm) || stopwords.has(lemma);
    const key = stop || !english ? lemma : lex.classOf(lemma);
    info = { lemma, key, stop, normHash: fnv1a(norm), keyHash: fnv1a(key) };
    cache.set(norm, info);
  }
  return info;
}

/**
 * Each analysis is published here (`{ chars }`) when anyone listens:
 * analysis is the costliest step a document takes once, so a profile, or a
 * test that each document is analysed once per run, can count them.
 */
export const ANALYZE_CHANNEL = "unspun:analyze";
const analyses = channel(ANALYZE_CHANNEL);
/** What reading a text of another language leaves out: the lexicon and the number words are English. */
const ANALYSIS_FEATURES = ["inflection", "synonyms", "number-words"] as const;

/**
 * `language` is the text's language (an article's, detected at extraction:
 * `detectLanguage`); left out or null, it is unknown, and the text is read
 * as English. Only an English text, or one whose language is unknown, gets
 * English lemmas, synonym classes and number words; any text has its
 * unspaced scripts segmented.
 */
export function analyze(text: string, lex: Lexicon = lexicon(), language?: string | null): Analysis {
  if (analyses.hasSubscribers) analyses.publish({ chars: text.length });
  const lang = primaryLanguage(language ?? undefined);
  const english = lang === undefined || isEnglish(lang);
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  // The first token at or after each sentence start begins a sentence.
  const sentenceStarts = new Set<number>();
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && (tokens[t] as (typeof tokens)[number]).start < s.start) t++;
    if (t < tokens.length) sentenceStarts.add((tokens[t] as (typeof tokens)[number]).start);
  }
  const cache = wordCache(lex, english ? "" : (lang as string));
  const stopwords = stopwordsFor(english ? undefined : lang);
  const runs = new Map((english ? numberRuns(tokens, text) : []).map((r) => [r.from, r]));
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as (typeof tokens)[number];
    const run = runs.get(i);
    if (run) {
      const last = tokens[run.to - 1] as (typeof tokens)[number];
      const norm = text.slice(token.start, last.end).toLowerCase();
      units.push({
        start: token.start,
        end: last.end,
        norm,
        lemma: norm,
        key: `#${run.value}`,
        stop: false,
        value: run.value,
        digits: false,
        name: false,
        normHash: fnv1a(norm),
        keyHash: fnv1a(`#${run.value}`),
      });
      i = run.to - 1;
      continue;
    }
    const norm = normalize(token.text);
    if (token.numeric) {
      const value = digitValue(token.text);
      units.push({
        start: token.start,
        end: token.end,
        norm,
        lemma: norm,
        key: value === undefined ? norm : `#${value}`,
        stop: false,
        value,
        digits: true,
        name: false,
        normHash: fnv1a(norm),
        keyHash: fnv1a(value === undefined ? norm : `#${value}`),
      });
      continue;
    }
    const { lemma, key, stop, normHash, keyHash } = wordInfo(norm, lex, cache, stopwords, english);
    // Every unit literal lists the same fields in the same order, so V8 keeps one object shape.
    units.push({
      start: token.start,
      end: token.end,
      norm,
      lemma,
      key,
      stop,
      value: undefined,
      digits: false,
      name: token.capitalized && !sentenceStarts.has(token.start) && !stop,
      normHash,
      keyHash,
    });
  }
  const quotes = quoteSpans(text);
  const sentences = assignUnits(spans, units);
  return {
    text,
    units,
    sentences,
    quotes,
    quoted: quotedUnits(units, quotes),
    attributions: attributions(text),
    language: lang,
    notes: english ? [] : notesFor(lang as string, ANALYSIS_FEATURES),
  };
}

function quotedUnits(units: readonly Unit[], quotes: readonly QuoteSpan[]): Uint8Array {
  const flags = new Uint8Array(units.length);
  let q = 0;
  for (let i = 0; i < units.length; i++) {
    const start = (units[i] as Unit).start;
    while (q < quotes.length && (quotes[q] as QuoteSpan).end <= start) q++;
    if (q < quotes.length && (quotes[q] as QuoteSpan).start <= start) flags[i] = 1;
  }
  return flags;
}

function assignUnits(spans: readonly Span[], units: readonly Unit[]): Sentence[] {
  const out: Sentence[] = [];
  let u = 0;
  for (const s of spans) {
    while (u < units.length && (units[u] as Unit).start < s.start) u++;
    const from = u;
    while (u < units.length && (units[u] as Unit).start < s.end) u++;
    if (u > from) out.push({ start: s.start, end: s.end, from, to: u });
  }
  return out;
}
