/**
 * Notes: what a feature could not do for a text, in one machine-readable
 * shape for every result that carries them (`Analysis`, `SpinReport`,
 * `Despun`, `RelationReport`). Today there is one code, `english-only`: the
 * feature reads English (its lexicon, thesaurus or model is English) and
 * the text is in another language, or in one that could not be told.
 */

/** The features that read English only. */
export type EnglishOnlyFeature =
  /** Source-free spin detection: web frequencies, GloVe vectors and the tortured-phrase lexicon are English. */
  | "spin"
  /** The despin lexicon learned from copies: a substitution is two English dictionary words (restoring from the source works in any language). */
  | "despin"
  /** Lemmas (WordNet's Morphy): other languages match word forms as written. */
  | "inflection"
  /** Synonym classes (WordNet, MyThes): a word swapped for a synonym is a change, not a match. */
  | "synonyms"
  /** Numbers written in words ("fifty-three") read as values. */
  | "number-words";

export interface Note {
  code: "english-only";
  feature: EnglishOnlyFeature;
  /** ISO 639-1 code of the text's language; null when it could not be told. */
  language: string | null;
  /** The note in words. */
  message: string;
}

const WHAT: Record<EnglishOnlyFeature, string> = {
  spin: "spin detection reads English only",
  despin: "the despin lexicon learns English substitutions only (restoring from the source works in any language)",
  inflection: "word forms are matched as written (the lemmatizer is English)",
  synonyms: "synonym swaps are not recognised (the thesaurus is English)",
  "number-words": "numbers written in words are not read as values (number words are English)",
};

let names: Intl.DisplayNames | undefined;

/** The English name of a language code, or the code when it has none. */
export function languageName(language: string): string {
  names ??= new Intl.DisplayNames(["en"], { type: "language" });
  try {
    return names.of(language) ?? language;
  } catch {
    return language;
  }
}

/** The `english-only` note of a feature for a text in `language` (null: not told). */
export function englishOnly(feature: EnglishOnlyFeature, language: string | null): Note {
  const read = language === null ? "the text's language could not be told" : `the text reads as ${languageName(language)} (${language})`;
  return { code: "english-only", feature, language, message: `${WHAT[feature]}; ${read}` };
}

export function notesFor(language: string | null, features: readonly EnglishOnlyFeature[]): Note[] {
  return features.map((f) => englishOnly(f, language));
}

/** Notes of several results, each once (by code, feature and language), in first-seen order. */
export function mergeNotes(...lists: readonly (readonly Note[] | undefined)[]): Note[] {
  const seen = new Set<string>();
  const out: Note[] = [];
  for (const list of lists)
    for (const n of list ?? []) {
      const key = `${n.code}\u0000${n.feature}\u0000${n.language}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(n);
      }
    }
  return out;
}
