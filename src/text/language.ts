/**
 * The language of a text, by Nito-ELD (the `eld` package, its extra-small
 * n-gram database: 60 languages, about 1 MB): byte n-grams scored against
 * each language's, the way CLD2 does it. Measured against franc-min,
 * tinyld and the stopword vote this replaced in `npm run bench:language`
 * and docs/languages.md.
 *
 * ELD reads at most the first ~350 bytes of what it is given, and a page
 * often opens with a line in another language than its body (an English
 * menu over a German article), so a longer text is read at its middle too,
 * and where the two disagree at its end as well, the scores summed.
 */
import { eld } from "eld/extrasmall";

/** ISO 639-1 codes of the languages the detector can name. */
export const DETECTABLE_LANGUAGES: readonly string[] = Object.values(eld.info().Languages);

/**
 * Characters of each sample. ELD stops after ~350 bytes (~120 CJK
 * characters); on bench:language 200 characters are as accurate as the
 * whole text and twice as fast.
 */
const SAMPLE_CHARS = 200;
const MAX_SAMPLES = 3;
/** Fewer letters than this and there is no telling (a name, a figure, a headline fragment). */
export const MIN_LETTERS = 12;
const LETTERS = /\p{L}/gu;

/**
 * The ISO 639-1 code of the language the text is written in, or undefined
 * when too little of it is text or the detector is not sure.
 */
export function detectLanguage(text: string): string | undefined {
  if (!hasLetters(text, MIN_LETTERS)) return undefined;
  const samples = Math.min(MAX_SAMPLES, Math.max(1, Math.floor(text.length / SAMPLE_CHARS)));
  const sum = new Map<string, number>();
  const reliable = new Set<string>();
  const found: string[] = [];
  for (let i = 0; i < samples; i++) {
    // The start, then the middle; the end only when those two disagree.
    if (i === 2 && found[0] === found[1]) break;
    const at = wordStart(text, i === 0 ? 0 : i === 1 ? Math.floor(text.length / 2) : text.length - SAMPLE_CHARS);
    const result = eld.detect(text.slice(at, at + SAMPLE_CHARS));
    found.push(result.language);
    if (!result.language) continue;
    if (result.isReliable()) reliable.add(result.language);
    for (const [lang, score] of Object.entries(result.getScores())) sum.set(lang, (sum.get(lang) ?? 0) + score);
  }
  let best: [string, number] | undefined;
  for (const e of sum) if (!best || e[1] > best[1] || (e[1] === best[1] && e[0] < best[0])) best = e;
  return best && reliable.has(best[0]) ? best[0] : undefined;
}

/** Whether a language code (ISO 639-1, or a BCP 47 tag such as `en-GB`) names English; undefined is not English. */
export function isEnglish(language: string | undefined): boolean {
  return language !== undefined && (language === "en" || language.startsWith("en-"));
}

/** The primary subtag of a BCP 47 tag, lower-cased: `pt-BR` → `pt`. */
export function primaryLanguage(language: string | undefined): string | undefined {
  return language?.split(/[-_]/)[0]?.toLowerCase() || undefined;
}

function hasLetters(text: string, n: number): boolean {
  LETTERS.lastIndex = 0;
  let seen = 0;
  while (LETTERS.exec(text)) if (++seen >= n) return true;
  return false;
}

/** The first offset at or after `at` that starts a word, so that a sample does not open on half a word. */
function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(" ", at);
  return space < 0 || space - at > 40 ? at : space + 1;
}
