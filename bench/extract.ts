/**
 * npm run bench:extract: main-text extraction, unspun beside plain
 * Readability.js on linkedom in the same run, on two sets:
 * - the article-extraction-benchmark (Scrapinghub, 181 pages), scored with its own metric;
 * - Mozilla Readability's test pages (130), scored the same way, plus title,
 *   byline and date accuracy against the metadata they expect.
 * Prints P/R/F1, pages per second (one core) and how many pages each
 * extraction stage handled.
 */
import { loadExtractionPages } from "./lib/extraction-set.js";
import { type Extraction as Meta, type Page, readabilityExtraction as readability, unspunExtraction as unspun } from "./lib/extractors.js";
import { machineLine } from "./lib/machine.js";
import { loadReadabilityPages, sameByline, sameDay, sameTitle } from "./lib/readability-pages.js";
import { extractionScores, shingleMatching } from "./lib/shingle-metric.js";

function run<T extends Meta>(pages: readonly Page[], extractor: (p: Page) => T): { results: T[]; seconds: number } {
  for (const p of pages.slice(0, 5)) extractor(p); // warm the JIT
  const start = process.hrtime.bigint();
  const results = pages.map(extractor);
  return { results, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

console.log(machineLine());
const sets: Array<[string, Page[]]> = [
  ["article-extraction-benchmark", loadExtractionPages()],
  ["readability-testpages", loadReadabilityPages()],
];
for (const [name, pages] of sets) {
  console.log(`${name}: ${pages.length} pages`);
  const ours = run(pages, unspun);
  const theirs = run(pages, readability);
  for (const [label, { results, seconds }] of [
    ["unspun", ours],
    ["readability.js+linkedom", theirs],
  ] as const) {
    const s = extractionScores(pages.map((p, i) => shingleMatching(p.truth, results[i]?.text ?? "")));
    console.log(
      `  ${label.padEnd(24)} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}  ${(pages.length / seconds).toFixed(1)} pages/s (one core)`,
    );
  }
  console.log(`  speed: unspun ${(theirs.seconds / ours.seconds).toFixed(2)}× Readability.js (target 3×)`);
  const stages = new Map<string, number>();
  for (const r of ours.results) stages.set(r.article.extractor ?? "?", (stages.get(r.article.extractor ?? "?") ?? 0) + 1);
  console.log(`  unspun stages: ${[...stages].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (name !== "readability-testpages") continue;
  const gold = pages as ReturnType<typeof loadReadabilityPages>;
  for (const [label, { results }] of [
    ["unspun", ours],
    ["readability.js", theirs],
  ] as const) {
    const accuracy = (
      field: "title" | "byline" | "publishedTime",
      same: (o: string | undefined, g: string) => boolean,
      pick: (m: Meta) => string | undefined,
    ) => {
      const judged = gold.map((g, i) => [g[field], results[i] as Meta] as const).filter(([g]) => g);
      const right = judged.filter(([g, m]) => same(pick(m), g as string)).length;
      return `${(right / judged.length).toFixed(3)} (${right}/${judged.length})`;
    };
    console.log(
      `  ${label.padEnd(16)} title ${accuracy("title", sameTitle, (m) => m.title)}   byline ${accuracy("byline", sameByline, (m) => m.byline)}   date ${accuracy("publishedTime", sameDay, (m) => m.date)}`,
    );
  }
  if (process.argv.includes("--errors")) {
    gold.forEach((g, i) => {
      const m = ours.results[i] as Meta;
      if (g.title && !sameTitle(m.title, g.title))
        console.log(`    title ${g.id}: ${JSON.stringify(m.title)} expected ${JSON.stringify(g.title)}`);
      if (g.byline && !sameByline(m.byline, g.byline))
        console.log(`    byline ${g.id}: ${JSON.stringify(m.byline)} expected ${JSON.stringify(g.byline)}`);
      if (g.publishedTime && !sameDay(m.date, g.publishedTime))
        console.log(`    date ${g.id}: ${JSON.stringify(m.date)} expected ${JSON.stringify(g.publishedTime)}`);
    });
  }
}
