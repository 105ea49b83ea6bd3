/**
 * npm run bench:spin -- [--docs N] [--seed S]: the source-free spin detector
 * on clean news (BBC, Wikinews, the extraction benchmark's gold texts)
 * against copies spun at 10, 20 and 30% of content words by a spinner that
 * draws on the half of the lexicon the detector does not get (held out), and
 * the tortured-phrase lexicon's own check. With --calibrate it also prints
 * the clean-news percentiles of the linear score, where the midpoint of
 * SPIN_THRESHOLDS comes from (the 98th).
 */
import { readFileSync } from "node:fs";
import { detectSpin, linearScore, SPIN_THRESHOLDS, type SpinReport, spinResources, spinSignals } from "../src/spin/index.js";
import { type Lexicon, lexicon } from "../src/text/index.js";
import { detectLanguage } from "../src/text/language.js";
import { rocAuc } from "./lib/auc.js";
import { spun } from "./lib/copies.js";
import { machineLine } from "./lib/machine.js";
import { rng } from "./lib/rng.js";
import { lexiconHalf } from "./lib/split-lexicon.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DATA = new URL("../../shared/data/", import.meta.url);
const docs = arg("--docs", 400);
const random = rng(arg("--seed", 2026));
const MIN_WORDS = 150;
const RATES = [0.1, 0.2, 0.3];

const jsonl = (path: string) =>
  readFileSync(new URL(path, DATA), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const long = (t: string) => (t.match(/\S+/g)?.length ?? 0) >= MIN_WORDS;
/** Real pages are often briefs or openings: clean sets that are not spun keep texts from this length. */
const MIN_CLEAN_WORDS = 50;
const enough = (t: string) => (t.match(/\S+/g)?.length ?? 0) >= MIN_CLEAN_WORDS;
const bbc = jsonl("bbc-news/bbc.jsonl")
  .map((d) => d.text as string)
  .filter(long);
const english = (t: string) => detectLanguage(t) === "en";
const clean = {
  bbc: bbc.filter((_, i) => i % Math.max(1, Math.floor(bbc.length / docs)) === 0).slice(0, docs),
  wikinews: jsonl("wikinewssum-en/docs.jsonl")
    .filter((d) => d.role === "wikinews" && d.lang === "en")
    .map((d) => d.text as string)
    .filter(enough),
  "wikinewssum sources": jsonl("wikinewssum-en/docs.jsonl")
    .filter((d) => d.role === "source")
    .map((d) => d.text as string)
    .filter(enough)
    .filter(english),
  "extraction gold": jsonl("article-extraction-benchmark/ground-truth.jsonl")
    .map((d) => d.text as string)
    .filter(enough)
    .filter(english),
};

const full = lexicon();
const detectorLexicon = lexiconHalf(full, 0);
const spinnerLexicon = lexiconHalf(full, 1);
const started = performance.now();
let words = 0;
const detect = (text: string, lex = detectorLexicon): SpinReport => {
  const r = detectSpin(text, { lexicon: lex });
  words += r.words;
  return r;
};

console.log(machineLine());
console.log(
  "clean English news, with the full lexicon as shipped: false positives (verdict spun), uncertain, and spans shown per 1,000 words",
);
let allClean: SpinReport[] = [];
for (const [name, texts] of Object.entries(clean)) {
  const reports = texts.map((t) => detect(t, full));
  allClean = allClean.concat(reports);
  const rate = (v: string) => pct(reports.filter((r) => r.verdict === v).length / reports.length);
  const translated = pct(reports.filter((r) => r.translation?.verdict === "translated").length / reports.length);
  const spans = reports.reduce((n, r) => n + r.spans.length, 0);
  const read = reports.reduce((n, r) => n + r.words, 0);
  console.log(
    `  ${name.padEnd(16)} ${String(texts.length).padStart(4)} docs  FP ${rate("spun")}  uncertain ${rate("uncertain")}  called translated ${translated}  ${((1000 * spans) / read).toFixed(1)} spans/1,000 words`,
  );
}
const allFp = allClean.filter((r) => r.verdict === "spun").length;
console.log(`  all              ${String(allClean.length).padStart(4)} docs  FP ${pct(allFp / allClean.length)}`);
if (process.argv.includes("--calibrate")) {
  const linear = Object.values(clean)
    .flat()
    .map((t) => linearScore(spinSignals(t).rates))
    .sort((a, b) => a - b);
  const at = (q: number) => (linear[Math.floor(q * (linear.length - 1))] as number).toFixed(2);
  console.log(
    `  linear score on clean news: p50 ${at(0.5)} p90 ${at(0.9)} p98 ${at(0.98)} p99 ${at(0.99)}; midpoint in use ${SPIN_THRESHOLDS.midpoint}`,
  );
}

console.log("spun copies of the BBC documents (spinner on the held-out half lexicon):");
for (const rate of RATES) spinRun(rate, spinnerLexicon, detectorLexicon);
console.log("the same at 20% with a spinner whose thesaurus the detector shares (the full lexicon on both sides):");
spinRun(0.2, full, full);

function spinRun(rate: number, spinnerLexicon: Lexicon, detectorLexicon: Lexicon): void {
  // AUC compares like with like: clean and spun BBC read with the same lexicon.
  const cleanScores = clean.bbc.map((t) => detect(t, detectorLexicon).score);
  const spunScores: number[] = [];
  let flagged = 0;
  let truth = 0;
  let found = 0;
  let rightSuggestion = 0;
  let spans = 0;
  let spansOnTruth = 0;
  for (const text of clean.bbc) {
    const copy = spun(text, rate, spinnerLexicon, random);
    const r = detect(copy.text, detectorLexicon);
    spunScores.push(r.score);
    if (r.verdict === "spun") flagged++;
    truth += copy.replacements.length;
    for (const rep of copy.replacements) {
      const hit = r.spans.find((s) => s.start < rep.end && rep.start < s.end);
      if (!hit) continue;
      found++;
      if (hit.suggestion.toLowerCase().split(/\s+/).includes(rep.original)) rightSuggestion++;
    }
    spans += r.spans.length;
    spansOnTruth += r.spans.filter((s) => copy.replacements.some((rep) => s.start < rep.end && rep.start < s.end)).length;
  }
  const falsePositives = cleanScores.filter((s) => s >= SPIN_THRESHOLDS.spun).length;
  console.log(
    `  ${pct(rate).padStart(4)} replaced: ROC AUC ${rocAuc(spunScores, cleanScores).toFixed(3)}  at the default threshold P ${(flagged / Math.max(1, flagged + falsePositives)).toFixed(3)} R ${(flagged / clean.bbc.length).toFixed(3)}  spans: ${pct(found / truth)} of replaced words found, right original suggested for ${pct(rightSuggestion / Math.max(1, found))} of those; span precision ${pct(spansOnTruth / Math.max(1, spans))}`,
  );
}

// The tortured-phrase lexicon's own check: each phrase in a neutral sentence, and its expected phrase likewise.
const tortured = [...spinResources().tortured];
const PREFIX = "Researchers said the ";
const flags = (phrase: string) =>
  detect(`${PREFIX}${phrase} was described in the report released on Tuesday.`, full).spans.some(
    (s) => s.start < PREFIX.length + phrase.length && PREFIX.length < s.end,
  );
let flaggedTortured = 0;
let flaggedExpected = 0;
let flaggedWithoutLexicon = 0;
const noSeedLexicon = { ...spinResources(), tortured: new Map<string, string>() };
for (const [phrase, expected] of tortured) {
  if (flags(phrase)) flaggedTortured++;
  if (flags(expected)) flaggedExpected++;
  const bare = detectSpin(`${PREFIX}${phrase} was described in the report released on Tuesday.`, { resources: noSeedLexicon });
  if (bare.spans.some((s) => s.start < PREFIX.length + phrase.length && PREFIX.length < s.end)) flaggedWithoutLexicon++;
}
console.log(
  `tortured-phrase lexicon (${tortured.length} phrases, shipped as the seed lexicon): ${pct(flaggedTortured / tortured.length)} flagged in a sentence (${pct(flaggedWithoutLexicon / tortured.length)} by the other signals alone, without the seed lexicon); false alarms on the expected phrases ${pct(flaggedExpected / tortured.length)}`,
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${words.toLocaleString("en")} words read in ${seconds.toFixed(1)} s (${Math.round(words / seconds).toLocaleString("en")} words/s, one core)`,
);

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
