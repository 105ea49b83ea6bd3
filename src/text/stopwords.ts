import { createRequire } from "node:module";

/**
 * English function words: articles, pronouns, auxiliaries, prepositions,
 * conjunctions and the commonest adverbs. Spinners leave them alone and
 * translators rewrite them freely, so they carry no evidence of reuse.
 * (After the SMART and Snowball stopword lists, trimmed to closed-class words.)
 */
const WORDS = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each either few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself neither no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom whose why will with would you your yours yourself yourselves s t 's ’s don't won't can't isn't aren't wasn't
weren't hasn't haven't hadn't doesn't didn't shall may might must upon among via per whether yet however although though
thus hence`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));

/**
 * The function words of other languages, from stopwords-iso (the union of
 * the published lists per language; lower case). English keeps the
 * closed-class list above: the matching thresholds were set on it, and the
 * stopwords-iso English list holds content words ("million", "information").
 */
let isoLists: Record<string, readonly string[]> | undefined;
const byLanguage = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The stopwords of a language (ISO 639-1); English's for English or an unknown language, none for a language without a list. */
export function stopwordsFor(language: string | undefined): ReadonlySet<string> {
  if (language === undefined || language === "en") return STOPWORDS;
  let set = byLanguage.get(language);
  if (!set) {
    isoLists ??= createRequire(import.meta.url)("stopwords-iso") as Record<string, readonly string[]>;
    const list = Object.hasOwn(isoLists, language) ? isoLists[language] : undefined;
    set = list ? new Set(list.map((w) => w.toLowerCase())) : NONE;
    byLanguage.set(language, set);
  }
  return set;
}
