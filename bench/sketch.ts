/**
 * npm run bench:sketch -- [--docs N]: the sketching hot path on the BBC
 * paragraph-mix corpus (20,000 documents), one core, stage by stage:
 * analysis, sketching (all three views), insert into the band index, and
 * query (every document looked up). Prints docs/s for each and the RSS.
 * The reference, datasketch 1.10 MinHash-128 on word 5-grams, on the
 * same corpus: sketching 1,700–1,750 docs/s, insert 8,600, query 67,000.
 */
import { MAX_KEY_DOCUMENTS } from "../src/corpus/corpus-index.js";
import { BandIndex } from "../src/index/index.js";
import { sketch } from "../src/sketch/index.js";
import { analyze } from "../src/text/index.js";
import { bbcMixTexts } from "./lib/bbc-mix.js";
import { machineLine } from "./lib/machine.js";

const argv = process.argv.slice(2);
const docs = argv.includes("--docs") ? Number(argv[argv.indexOf("--docs") + 1]) : 20_000;

console.log(machineLine());
const texts = bbcMixTexts(docs);
const time = <T>(fn: () => T): [T, number] => {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
};
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")} docs/s`;

const [analyses, analysing] = time(() => texts.map((t) => analyze(t)));
const [keys, sketching] = time(() => analyses.map((a) => sketch(a).keys.map((k) => k.key)));
const index = new BandIndex();
const [, inserting] = time(() => {
  for (const [i, k] of keys.entries()) index.insert(i, k);
});
const [hits, querying] = time(() => keys.reduce((n, k) => n + index.query(k, MAX_KEY_DOCUMENTS).size, 0));

console.log(`${texts.length} documents, one core`);
console.log(`  analysis            ${rate(texts.length, analysing)}`);
console.log(`  sketching (3 views) ${rate(texts.length, sketching)}`);
console.log(`  analysis + sketch   ${rate(texts.length, analysing + sketching)}   (target 17,000)`);
console.log(`  index insert        ${rate(texts.length, inserting)}   (target 50,000)`);
console.log(
  `  query               ${rate(texts.length, querying)}   (target 50,000; ${(hits / texts.length).toFixed(1)} candidates a document)`,
);
console.log(`  RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, index ${(index.bytes / 2 ** 20).toFixed(0)} MiB`);
