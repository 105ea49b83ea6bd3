/**
 * npm run build:spin-data: compiles the resources of the source-free spin
 * detector into data/spin.tsv.gz:
 *
 * - `f` word frequencies per million words of web text (Norvig's Google Web
 *   Trillion Word counts, the `unigram` package), for the lexicon's words. Web
 *   text is far closer to news than the SUBTLEX subtitles the lexicon carries.
 * - `m` multiword expressions: WordNet 3.1 collocation lemmas of 2–4 words,
 *   lower-cased (names included: they are expressions a frame must not break),
 *   with their parts of speech.
 * - `p` multiword thesaurus phrases (MyThes, WordNet) and the single words
 *   they stand for: one hop (`near`), and two hops (`far`, the second hop
 *   along MyThes's one-way lists too) to words that fill a slot of a
 *   multiword expression, because spinners swap a word for a phrase that a
 *   thesaurus only reaches through a neighbour.
 * - `t` tortured phrases and the expected phrase (Problematic Paper Screener
 *   lexicon, Cabanac, Labbé & Magazinov 2021, MIT), read from the path given
 *   as the first argument (default ../shared/data/tortured-phrases).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { SPIN_DATA_VERSION } from "../src/spin/resources.js";
import { lexicon } from "../src/text/index.js";
import { synsets } from "./lib/wordnet.js";

const require = createRequire(import.meta.url);
const mythes: Record<string, string[]> = require("thesaurus/lib/th_en_US_new.js");
const { unigram } = require("unigram") as { unigram: Array<{ word: string; freq: string }> };
const torturedDir = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data", "tortured-phrases");

const WEB_TOTAL = unigram.reduce((sum, { freq }) => sum + Number(freq), 0);
const isPhraseWord = (w: string) => /^[a-z][a-z'-]*$/.test(w);

// Multiword expressions, and every multiword synonym pair WordNet gives.
/** Expression → its WordNet parts of speech (n, v, a, r). */
const mwes = new Map<string, string>();
const related = new Map<string, Set<string>>();
const relate = (a: string, b: string) => {
  if (a === b) return;
  (related.get(a) ?? related.set(a, new Set()).get(a))?.add(b);
  (related.get(b) ?? related.set(b, new Set()).get(b))?.add(a);
};
for (const { pos, lemmas } of synsets()) {
  const words: string[] = [];
  for (const lemma of lemmas) {
    const parts = lemma.split("_");
    if (!parts.every(isPhraseWord)) continue;
    const phrase = parts.join(" ");
    if (parts.length >= 2 && parts.length <= 4 && !(mwes.get(phrase) ?? "").includes(pos[0] as string)) {
      mwes.set(phrase, (mwes.get(phrase) ?? "") + pos[0]);
    }
    words.push(phrase);
  }
  for (const a of words) for (const b of words) if (a.includes(" ") !== b.includes(" ")) relate(a, b);
}
for (const [head, list] of Object.entries(mythes)) {
  const a = head.toLowerCase();
  if (!a.split(" ").every(isPhraseWord)) continue;
  for (const raw of list) {
    const b = raw.toLowerCase();
    if (b.split(" ").every(isPhraseWord) && a.includes(" ") !== b.includes(" ")) relate(a, b);
  }
}

const slotWords = new Set<string>();
for (const m of mwes.keys()) for (const w of m.split(" ")) slotWords.add(w);

const lex = lexicon();
const phraseLines: string[] = [];
for (const [phrase, words] of [...related].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  if (!phrase.includes(" ") || phrase.split(" ").length > 4) continue;
  const near = new Set([...words].filter((w) => !w.includes(" ")));
  const far = new Set<string>();
  for (const w of near) {
    const second = [...lex.synonymsOf(w), ...(mythes[w] ?? []).map((x) => x.toLowerCase())];
    for (const s of second) if (slotWords.has(s) && !near.has(s) && !phrase.split(" ").includes(s)) far.add(s);
  }
  if (near.size > 0) phraseLines.push(`p\t${phrase}\t${[...near].sort().join(",")}\t${[...far].sort().join(",")}`);
}

const web = new Map<string, number>();
for (const { word, freq } of unigram) web.set(word, (Number(freq) * 1e6) / WEB_TOTAL);
const vocabulary = new Set<string>(slotWords);
for (const line of gunzipSync(readFileSync(join(import.meta.dirname, "..", "data", "lexicon.tsv.gz")))
  .toString("utf8")
  .split("\n")
  .slice(1)) {
  const word = line.split("\t")[0];
  if (word) vocabulary.add(word);
}
const freqLines: string[] = [];
for (const w of [...vocabulary].sort()) {
  const f = web.get(w);
  if (f) freqLines.push(`f\t${w}\t${Number(f.toPrecision(3))}`);
}

const torturedLines: string[] = [];
for (const line of readFileSync(join(torturedDir, "tortured_clean.tsv"), "utf8").split("\n").slice(1)) {
  const [fingerprint = "", expected = ""] = line.split("\t");
  const a = fingerprint.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (a && b && a !== b && !/[\t"]/.test(a + b)) torturedLines.push(`t\t${a}\t${b}`);
}

const lines = [
  `# unspun spin data v${SPIN_DATA_VERSION}: f word per-million (Norvig web unigrams) | m WordNet 3.1 multiword expression | p phrase words (MyThes, WordNet) | t tortured expected (Problematic Paper Screener, MIT)`,
  ...freqLines,
  ...[...mwes].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([m, tags]) => `m\t${m}\t${tags}`),
  ...phraseLines,
  ...torturedLines,
];
const out = join(import.meta.dirname, "..", "data", "spin.tsv.gz");
writeFileSync(out, gzipSync(`${lines.join("\n")}\n`, { level: 9 }));
console.log(
  `${freqLines.length} frequencies, ${mwes.size} expressions, ${phraseLines.length} phrases, ${torturedLines.length} tortured phrases → ${out}`,
);
