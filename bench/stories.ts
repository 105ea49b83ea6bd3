/**
 * npm run bench:stories -- [--originals N] [--seed S]: story clustering, through
 * the whole pipeline (ingest, reuse detection, incremental stories), on
 * wikiref220 (5 real topics of 35–39 articles plus noise topics: topics, not
 * stories, so a smoke test) and on generated BBC stories (each article with
 * three generated copies: spun, excerpted, translated-like). Prints pairwise
 * precision, recall, F1 and the adjusted Rand index.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus } from "../src/corpus/index.js";
import { lexicon } from "../src/text/index.js";
import { clusterScores } from "./lib/cluster-metrics.js";
import { excerpt, spun, translatedLike } from "./lib/copies.js";
import { machineLine } from "./lib/machine.js";
import { loadBbc } from "./lib/reuse-run.js";
import { rng, shuffle } from "./lib/rng.js";
import { lexiconHalf } from "./lib/split-lexicon.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

interface Item {
  id: string;
  truth: string;
  title: string;
  text: string;
}

async function run(name: string, items: Item[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "unspun-stories-"));
  const input = join(dir, "docs.jsonl");
  writeFileSync(input, items.map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text })).join("\n"));
  const started = performance.now();
  const corpus = Corpus.open(join(dir, "stories.db"));
  try {
    await corpus.ingest([input]);
    const stored = await corpus.list({ limit: items.length * 2 });
    const ids = stored.map((s) => s.id);
    await corpus.detect(ids);
    await corpus.updateStories(ids);
    const sourceOf = new Map<string, string>();
    for (const id of ids) sourceOf.set(id, (await corpus.get(id))?.article.sourceId ?? id);
    const predicted = new Map<string, string>();
    for (const s of await corpus.stories()) for (const m of s.members) predicted.set(sourceOf.get(m) as string, s.id);
    const truth = new Map(items.map((d) => [d.id, d.truth]));
    const sc = clusterScores(truth, predicted);
    const stories = new Set(predicted.values()).size;
    console.log(
      `${name.padEnd(34)} ${String(items.length).padStart(4)} docs, ${String(new Set(truth.values()).size).padStart(3)} true / ${String(stories).padStart(3)} found: P ${sc.precision.toFixed(3)} R ${sc.recall.toFixed(3)} F1 ${sc.f1.toFixed(3)} ARI ${sc.ari.toFixed(3)}  (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await corpus.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(machineLine());
const wikiref = readFileSync(new URL("../../shared/data/wikiref220/wikiref220.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; topic: string; title: string; text: string });
await run(
  "wikiref220 (topics)",
  wikiref.map((d) => ({ id: d.id, truth: d.topic, title: d.title, text: d.text })),
);

const random = rng(arg("--seed", 3));
const spinner = lexiconHalf(lexicon(), 1);
const originals = shuffle(loadBbc(), random).slice(0, arg("--originals", 150));
const generated: Item[] = [];
for (const a of originals) {
  const body = `${a.title}\n\n${a.text}`;
  generated.push({ id: a.id, truth: a.id, title: a.title, text: a.text });
  generated.push({ id: `${a.id}~spun`, truth: a.id, title: a.title, text: spun(body, 0.3, spinner, random).text });
  // A short article's excerpt can be the whole article: the same content, stored once.
  const part = excerpt(a.text, random);
  if (part.trim() !== a.text.trim()) generated.push({ id: `${a.id}~excerpt`, truth: a.id, title: "", text: part });
  generated.push({ id: `${a.id}~translated`, truth: a.id, title: a.title, text: translatedLike(body, 0.3, spinner, random) });
}
await run("BBC, each article with 3 copies", generated);
