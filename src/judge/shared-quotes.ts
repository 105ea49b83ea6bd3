/**
 * Quotations two texts share: a run of words inside quotation marks in both.
 * Independent reports of one event quote the same statement; what they
 * share there is the speaker's, not each other's.
 */
import { type Analysis, memoised, type Unit } from "../text/index.js";

export interface SharedQuote {
  /** Character offsets of the shared run in each text. */
  a: { start: number; end: number };
  b: { start: number; end: number };
  words: number;
}

/** A quoted run this long in both texts is one quotation shared; shorter runs are stock phrases. */
export const MIN_SHARED_QUOTE_WORDS = 5;
/** n-grams used to find shared runs. */
const GRAM = 4;

export function sharedQuotes(a: Analysis, b: Analysis): SharedQuote[] {
  const quotedA = quotedRuns(a);
  const quotedB = quotedRuns(b);
  if (quotedA.length === 0 || quotedB.length === 0) return [];
  const index = quotedGrams(b).starts;
  const keyAt = quotedGrams(a).keyAt;
  const found: SharedQuote[] = [];
  for (const run of quotedA) {
    let i = run.from;
    while (i + GRAM <= run.to) {
      const hits = index.get(keyAt.get(i) as string);
      let best = { length: 0, j: -1 };
      for (const j of hits ?? []) {
        let n = 0;
        while (
          i + n < run.to &&
          j + n < b.units.length &&
          b.quoted[j + n] === 1 &&
          sameWord(a.units[i + n] as Unit, b.units[j + n] as Unit)
        )
          n++;
        if (n > best.length) best = { length: n, j };
      }
      if (best.length >= MIN_SHARED_QUOTE_WORDS) {
        const ua = a.units.slice(i, i + best.length);
        const ub = b.units.slice(best.j, best.j + best.length);
        found.push({
          a: { start: (ua[0] as Unit).start, end: (ua.at(-1) as Unit).end },
          b: { start: (ub[0] as Unit).start, end: (ub.at(-1) as Unit).end },
          words: best.length,
        });
        i += best.length;
      } else i++;
    }
  }
  return found;
}

/**
 * The n-grams of a text's quoted runs, by key (→ their starts) and by start
 * (→ their key); built once per analysis, as a text is judged against every
 * candidate it has.
 */
const quotedGrams = memoised((x: Analysis) => {
  const starts = new Map<string, number[]>();
  const keyAt = new Map<number, string>();
  for (const run of quotedRuns(x)) {
    for (let i = run.from; i + GRAM <= run.to; i++) {
      const key = gram(x.units, i);
      keyAt.set(i, key);
      const list = starts.get(key);
      if (list) list.push(i);
      else starts.set(key, [i]);
    }
  }
  return { starts, keyAt };
});

const quotedRuns = memoised((x: Analysis): Array<{ from: number; to: number }> => {
  const runs: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < x.units.length; i++) {
    if (x.quoted[i] !== 1) continue;
    const from = i;
    while (i < x.units.length && x.quoted[i] === 1) i++;
    if (i - from >= GRAM) runs.push({ from, to: i });
  }
  return runs;
});

const gram = (units: readonly Unit[], i: number) =>
  units
    .slice(i, i + GRAM)
    .map((u) => u.key)
    .join(" ");

const sameWord = (x: Unit, y: Unit) => x.key === y.key;
