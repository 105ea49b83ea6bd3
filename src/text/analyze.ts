/**
 * Text → units: the tokens every later stage compares. A unit is one word or
 * one number (a spelled-out number of several words is one unit), with its
 * offsets, lemma, synonym class and flags.
 */

import { lemmatize } from "./lemma.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { digitValue, numberRuns } from "./numbers.js";
import { type Span, sentenceSpans } from "./sentences.js";
import { STOPWORDS } from "./stopwords.js";
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
  value?: number;
  /** Written in digits. */
  digits: boolean;
  /** Capitalized and not at the start of a sentence: a name, most likely. */
  name: boolean;
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
}

export function analyze(text: string, lex: Lexicon = lexicon()): Analysis {
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  const sentenceStarts = new Set<number>();
  for (const s of spans) {
    const first = tokenize(text.slice(s.start, Math.min(s.end, s.start + 40)), s.start)[0];
    if (first) sentenceStarts.add(first.start);
  }
  const runs = new Map(numberRuns(tokens, text).map((r) => [r.from, r]));
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as (typeof tokens)[number];
    const run = runs.get(i);
    if (run) {
      const last = tokens[run.to - 1] as (typeof tokens)[number];
      const norm = text.slice(t.start, last.end).toLowerCase();
      units.push({
        start: t.start,
        end: last.end,
        norm,
        lemma: norm,
        key: `#${run.value}`,
        stop: false,
        value: run.value,
        digits: false,
        name: false,
      });
      i = run.to - 1;
      continue;
    }
    const norm = normalize(t.text);
    if (t.numeric) {
      const value = digitValue(t.text);
      units.push({
        start: t.start,
        end: t.end,
        norm,
        lemma: norm,
        key: value === undefined ? norm : `#${value}`,
        stop: false,
        ...(value === undefined ? {} : { value }),
        digits: true,
        name: false,
      });
      continue;
    }
    const lemma = lemmatize(norm, lex);
    const stop = STOPWORDS.has(norm) || STOPWORDS.has(lemma);
    units.push({
      start: t.start,
      end: t.end,
      norm,
      lemma,
      key: stop ? lemma : lex.classOf(lemma),
      stop,
      digits: false,
      name: t.capitalized && !sentenceStarts.has(t.start) && !stop,
    });
  }
  return { text, units, sentences: assignUnits(spans, units) };
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
