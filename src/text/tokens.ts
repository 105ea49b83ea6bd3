/**
 * Word and number tokens with their offsets. Numbers keep their internal
 * separators ("100,000", "3:35", "2.5") so that values survive; words keep
 * internal apostrophes and hyphens are split, since spinners and translators
 * join and split compounds freely.
 *
 * Scripts written without spaces between words (Chinese, Japanese, Thai,
 * Lao, Khmer, Myanmar) are cut into words by `Intl.Segmenter`, whose ICU
 * word breaker carries a dictionary for each; a text with none of them
 * never reaches it, so English costs one scan more.
 */
export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Starts with a digit. */
  numeric: boolean;
  /** First letter upper-case. */
  capitalized: boolean;
}

const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;

/** A letter of a script written without spaces between words. */
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
let segmenter: Intl.Segmenter | undefined;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const unspaced = UNSPACED.test(text);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    if (unspaced && UNSPACED.test(t)) {
      for (const w of segmentWords(t)) {
        const start = offset + m.index + w.index;
        out.push({ text: w.segment, start, end: start + w.segment.length, numeric: false, capitalized: UPPER.test(w.segment) });
      }
      continue;
    }
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length, numeric: DIGIT.test(t), capitalized: UPPER.test(t) });
  }
  return out;
}

/** The words of a run of letters, by the ICU word breaker (dictionary-based for unspaced scripts). */
export function segmentWords(run: string): Intl.SegmentData[] {
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  const words: Intl.SegmentData[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s);
  return words;
}

/** Lower case, curly apostrophes straightened, possessive `'s` dropped. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  const w = lower.includes("’") ? lower.replaceAll("’", "'") : lower;
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}
