/**
 * The shipped lexicon (data/lexicon.tsv.gz, built by scripts/build-lexicon.ts
 * from WordNet 3.1, MyThes and SUBTLEX-US): lemmas, synonym classes,
 * synonym pairs and word frequencies. Loaded once, on first use.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export const LEXICON_VERSION = 1;
const LEXICON_URL = new URL("../../data/lexicon.tsv.gz", import.meta.url);

export interface Lexicon {
  /** A WordNet lemma: a valid base form. */
  isLemma(word: string): boolean;
  /** The synonym-class root of a lemma (itself when it has none). */
  classOf(word: string): string;
  /** SUBTLEX-US count (per 51 M words of subtitles); 0 when unknown. */
  count(word: string): number;
  /** Synonymy is symmetric: b is among a's synonyms exactly when a is among b's. */
  areSynonyms(a: string, b: string): boolean;
  synonymsOf(word: string): readonly string[];
  readonly size: number;
}

let loaded: Lexicon | undefined;

export function lexicon(): Lexicon {
  loaded ??= parseLexicon(gunzipSync(readFileSync(LEXICON_URL)).toString("utf8"));
  return loaded;
}

function parseLexicon(source: string): Lexicon {
  const lines = source.split("\n");
  const header = lines[0] ?? "";
  const version = /lexicon v(\d+)/.exec(header)?.[1];
  if (Number(version) !== LEXICON_VERSION) {
    throw new Error(
      `lexicon format v${version ?? "?"} does not match this unspun (v${LEXICON_VERSION}); rebuild with npm run build:lexicon`,
    );
  }
  const roots = new Map<string, string>();
  const counts = new Map<string, number>();
  const lemmas = new Set<string>();
  const synonyms = new Map<string, string[]>();
  const addSyn = (a: string, b: string) => {
    const list = synonyms.get(a);
    if (list) list.push(b);
    else synonyms.set(a, [b]);
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const [word = "", root = "", count = "", flags = "", syns = ""] = line.split("\t");
    if (root) roots.set(word, root);
    if (count) counts.set(word, Number(count));
    if (flags.includes("w")) lemmas.add(word);
    if (syns) {
      for (const s of syns.split(",")) {
        addSyn(word, s);
        addSyn(s, word);
      }
    }
  }
  return {
    isLemma: (w) => lemmas.has(w),
    classOf: (w) => roots.get(w) ?? w,
    count: (w) => counts.get(w) ?? 0,
    areSynonyms: (a, b) => synonyms.get(a)?.includes(b) ?? false,
    synonymsOf: (w) => synonyms.get(w) ?? [],
    size: lines.length - 1,
  };
}
