/**
 * The stopword vote unspun detected languages with until eld replaced it
 * (src/extract/language.ts), kept for `npm run bench:language` to compare.
 */
const STOPWORDS: Record<string, string[]> = {
  en: [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "that",
    "for",
    "it",
    "was",
    "on",
    "with",
    "as",
    "said",
    "by",
    "he",
    "be",
    "at",
    "have",
    "from",
  ],
  de: [
    "der",
    "die",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "das",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "auch",
  ],
  fr: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "et",
    "en",
    "un",
    "une",
    "du",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "au",
    "sur",
    "ne",
    "avec",
  ],
  es: ["el", "la", "de", "que", "y", "en", "los", "se", "del", "las", "un", "por", "con", "no", "una", "su", "para", "es", "al", "lo"],
  it: ["il", "di", "che", "la", "e", "un", "per", "non", "in", "una", "sono", "del", "della", "gli", "le", "con", "si", "da", "ha", "è"],
  pt: ["de", "que", "o", "a", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos"],
  nl: [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "is",
    "dat",
    "op",
    "te",
    "zijn",
    "met",
    "voor",
    "niet",
    "aan",
    "er",
    "die",
    "ook",
    "als",
    "bij",
  ],
};

const LISTS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
/** Fewer hits than this and the vote is noise (a headline, a list of names). */
const MIN_HITS = 5;
const SAMPLE_WORDS = 400;

export function guessLanguage(text: string): string | undefined {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  let best: [string, number] | undefined;
  for (const [lang, list] of LISTS) {
    let hits = 0;
    for (const w of words) if (list.has(w)) hits++;
    if (!best || hits > best[1]) best = [lang, hits];
  }
  return best && best[1] >= MIN_HITS ? best[0] : undefined;
}
