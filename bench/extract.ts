/**
 * npm run bench:extract: main-text extraction on the article-extraction-benchmark
 * (181 pages), scored with its own metric. Prints P/R/F1 and pages per second
 * for unspun and, in the same run, for plain Readability.js on linkedom.
 */
import { loadExtractionPages } from "./lib/extraction-set.js";
import { readabilityText, unspunText } from "./lib/extractors.js";
import { machineLine } from "./lib/machine.js";
import { extractionScores, shingleMatching } from "./lib/shingle-metric.js";

const pages = loadExtractionPages();
console.log(machineLine());
console.log(`pages: ${pages.length}`);
for (const [name, run] of [
  ["unspun", unspunText],
  ["readability.js+linkedom", readabilityText],
] as const) {
  for (const p of pages.slice(0, 5)) run(p); // warm the JIT
  const start = process.hrtime.bigint();
  const predictions = pages.map((p) => run(p));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const s = extractionScores(pages.map((p, i) => shingleMatching(p.truth, predictions[i] ?? "")));
  console.log(
    `${name.padEnd(24)} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}  ${(pages.length / seconds).toFixed(1)} pages/s (one core)`,
  );
}
