/**
 * npm run bench:provenance: source → article links on wikinewssum-en, where
 * each Wikinews article was written from its listed sources. Every document
 * (articles and sources, all languages) is ingested into one corpus and
 * matched; a link is any relation found between a source and a Wikinews
 * article. Prints link recall and precision, and direction accuracy on the
 * true links found (the source is the original).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus } from "../src/corpus/index.js";
import { analysed } from "../src/match/index.js";
import { decideDirection } from "../src/provenance/index.js";
import { detectSpin } from "../src/spin/index.js";
import { machineLine } from "./lib/machine.js";

interface Doc {
  id: string;
  cluster: string;
  role: "wikinews" | "source";
  lang: string;
  title: string;
  url: string;
  date: string | null;
  text: string;
}

const DATA = new URL("../../shared/data/wikinewssum-en/docs.jsonl", import.meta.url);
const docs = readFileSync(DATA, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Doc);
const dir = mkdtempSync(join(tmpdir(), "unspun-provenance-"));
const input = join(dir, "docs.jsonl");
writeFileSync(
  input,
  docs.map((d) => JSON.stringify({ id: d.id, title: d.title, url: d.url, date: d.date ?? undefined, text: d.text })).join("\n"),
);

console.log(machineLine());
const started = performance.now();
const corpus = Corpus.open(join(dir, "provenance.db"));
try {
  await corpus.ingest([input]);
  const stored = await corpus.list({ limit: docs.length * 2 });
  const datasetId = new Map<string, string>();
  for (const s of stored) {
    const doc = await corpus.get(s.id);
    if (doc?.article.sourceId) datasetId.set(s.id, doc.article.sourceId);
  }
  const relations = (await corpus.detect(stored.map((s) => s.id))).filter((r) => r.type !== "unrelated");
  const byId = new Map(docs.map((d) => [d.id, d]));
  const truth = new Set(
    docs.filter((d) => d.role === "source").map((s) => `${s.id}>${docs.find((w) => w.role === "wikinews" && w.cluster === s.cluster)?.id}`),
  );
  let predicted = 0;
  let correct = 0;
  let decided = 0;
  let rightDirection = 0;
  const decisions = new Map<string, number>();
  const found = new Set<string>();
  for (const r of relations) {
    const [x, y] = [byId.get(datasetId.get(r.a) ?? ""), byId.get(datasetId.get(r.b) ?? "")];
    if (!x || !y || x.role === y.role) continue;
    const [source, article] = x.role === "source" ? [x, y] : [y, x];
    predicted++;
    const key = `${source.id}>${article.id}`;
    if (!truth.has(key)) continue;
    correct++;
    found.add(key);
    const [da, db] = [await corpus.get(r.a), await corpus.get(r.b)];
    if (!da || !db) continue;
    const [ax, bx] = [analysed(da.article, da.raw), analysed(db.article, db.raw)];
    const d = decideDirection(ax, bx, r, (side) => detectSpin((side === "a" ? da : db).article.text).score);
    decisions.set(d.decision, (decisions.get(d.decision) ?? 0) + 1);
    if (d.decision === "undetermined") continue;
    decided++;
    const sourceIsA = x.role === "source";
    if ((d.decision === "a-original" && sourceIsA) || (d.decision === "b-original" && !sourceIsA)) rightDirection++;
  }
  // Stories link more loosely: a source and an article in one story count as linked.
  await corpus.updateStories(stored.map((s) => s.id));
  const storyLinks = new Set<string>();
  let storyPredicted = 0;
  for (const story of await corpus.stories()) {
    const members = story.members.map((m) => byId.get(datasetId.get(m) ?? "")).filter((d): d is Doc => d !== undefined);
    for (const source of members.filter((d) => d.role === "source")) {
      for (const article of members.filter((d) => d.role === "wikinews")) {
        storyPredicted++;
        if (truth.has(`${source.id}>${article.id}`)) storyLinks.add(`${source.id}>${article.id}`);
      }
    }
  }
  const english = docs
    .filter((d) => d.role === "source" && d.lang === "en")
    .map((s) => `${s.id}>${docs.find((w) => w.role === "wikinews" && w.cluster === s.cluster)?.id}`);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `${docs.length} documents (${docs.filter((d) => d.role === "wikinews").length} Wikinews articles, ${truth.size} sources), ${relations.length} relations`,
  );
  console.log(
    `link recall ${pct(found.size / truth.size)} (${found.size}/${truth.size}); English sources only ${pct(english.filter((k) => found.has(k)).length / english.length)}`,
  );
  console.log(`link precision ${pct(correct / Math.max(1, predicted))} (${correct}/${predicted} source–article relations)`);
  console.log(
    `links through stories: recall ${pct(storyLinks.size / truth.size)}; English sources only ${pct(english.filter((k) => storyLinks.has(k)).length / english.length)}; precision ${pct(storyLinks.size / Math.max(1, storyPredicted))}`,
  );
  console.log(
    `direction on true links found: decided ${pct(decided / Math.max(1, correct))}, accuracy ${decided ? pct(rightDirection / decided) : "—"} (siblings count as wrong; ${[...decisions].map(([k, n]) => `${k} ${n}`).join(", ")})`,
  );
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s end to end`);
} finally {
  await corpus.close();
  rmSync(dir, { recursive: true, force: true });
}
