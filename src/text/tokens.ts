/**
 * Word and number tokens with their offsets. Numbers keep their internal
 * separators ("100,000", "3:35", "2.5") so that values survive; words keep
 * internal apostrophes and hyphens are split, since spinners and translators
 * join and split compounds freely.
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

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length, numeric: DIGIT.test(t), capitalized: UPPER.test(t) });
  }
  return out;
}

/** Lower case, curly apostrophes straightened, possessive `'s` dropped. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  const w = lower.includes("’") ? lower.replaceAll("’", "'") : lower;
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}
