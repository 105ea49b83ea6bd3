/**
 * The learned substitution lexicon as the detector reads it, and as TSV for
 * `unspun lexicon export|import`.
 */
import type { LearnedSubstitution } from "../store/index.js";

/**
 * A single word seen spun once may be a translator's choice or a lucky
 * alignment; a phrase of several words swapped as one is telling at once.
 */
const MIN_WORD_COUNT = 2;

/** spun → the original it most often stood for. */
export function learnedMap(rows: readonly LearnedSubstitution[]): Map<string, string> {
  const best = new Map<string, LearnedSubstitution>();
  for (const row of rows) {
    if (!row.spun.includes(" ") && row.count < MIN_WORD_COUNT) continue;
    const seen = best.get(row.spun);
    if (!seen || row.count > seen.count) best.set(row.spun, row);
  }
  return new Map([...best].map(([spun, row]) => [spun, row.original]));
}

export const LEXICON_TSV_HEADER = "spun\toriginal\tcount";

export function formatLexiconTsv(rows: readonly LearnedSubstitution[]): string {
  return `${[LEXICON_TSV_HEADER, ...rows.map((r) => `${r.spun}\t${r.original}\t${r.count}`)].join("\n")}\n`;
}

export interface ParsedLexicon {
  rows: LearnedSubstitution[];
  /** One message per line that could not be read, naming the line. */
  problems: string[];
}

export function parseLexiconTsv(text: string, name: string): ParsedLexicon {
  const rows: LearnedSubstitution[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || (i === 0 && line.trim() === LEXICON_TSV_HEADER)) return;
    const [spun = "", original = "", count = "1", ...rest] = line.split("\t");
    const n = Number(count);
    if (!spun.trim() || !original.trim() || rest.length > 0 || !Number.isInteger(n) || n <= 0) {
      problems.push(`${name}:${i + 1}: expected "spun<TAB>original<TAB>count" with a positive whole count`);
      return;
    }
    rows.push({ spun: spun.trim().toLowerCase(), original: original.trim().toLowerCase(), count: n });
  });
  return { rows, problems };
}
