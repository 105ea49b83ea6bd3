/**
 * The quality gate (after trafilatura's eval_gate): measured figures on
 * fixed slices of the shared datasets must not fall below the floors pinned
 * in eval-baseline.json. A checksum over each slice catches a silently
 * changed fixture; floors are only raised, or lowered by editing the file in
 * a reviewed change that says why.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rocAuc } from "../bench/lib/auc.js";
import { spun } from "../bench/lib/copies.js";
import { loadExtractionPages } from "../bench/lib/extraction-set.js";
import { unspunText } from "../bench/lib/extractors.js";
import { loadPanPairs } from "../bench/lib/pan-corpus.js";
import { plagdet } from "../bench/lib/plagdet.js";
import { rawDocument } from "../bench/lib/raw.js";
import { loadReadabilityPages, sameTitle } from "../bench/lib/readability-pages.js";
import { loadRealSet, REAL_NEWS_DEV, type RealSet, scanSet, scoreReal } from "../bench/lib/real-news.js";
import { BBC_DIR, runReuse } from "../bench/lib/reuse-run.js";
import { rng } from "../bench/lib/rng.js";
import { extractionScores, shingleMatching } from "../bench/lib/shingle-metric.js";
import { lexiconHalf } from "../bench/lib/split-lexicon.js";
import { alignTexts } from "../src/align/index.js";
import { extract } from "../src/extract/index.js";
import { detectSpin } from "../src/spin/index.js";
import { analyze, lexicon } from "../src/text/index.js";
import { haveData, SHARED_DATA } from "./helpers/data.js";

interface Gate {
  slice: string;
  count: number;
  checksum: string;
  floor: number;
}
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, "eval-baseline.json"), "utf8")) as Record<string, Gate>;

function checksum(parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}

/** real-news-dev's stories in code order, every other one from the first: recurring events of one kind on both sides. */
function realSlice(): RealSet {
  const all = loadRealSet("dev", REAL_NEWS_DEV) as RealSet;
  const codes = [...new Set([...all.docs.values()].map((d) => d.story))].sort();
  const kept = new Set(codes.filter((_, i) => i % 2 === 0));
  return loadRealSet("dev", REAL_NEWS_DEV, (d) => kept.has(d.story)) as RealSet;
}

function realChecksum(set: RealSet): string {
  const docs = [...set.docs.keys()]
    .sort()
    .map((f) => `${f}\t${set.docs.get(f)?.story}\t${readFileSync(join(set.dir, "texts", f), "utf8")}`);
  const pairs = [...set.pairs.entries()].sort().map(([k, p]) => `${k}\t${p.label}`);
  return checksum([...docs, ...pairs]);
}

describe.skipIf(!haveData("quality gate", SHARED_DATA))("quality gate", () => {
  it("extraction F1 on a fixed Scrapinghub slice stays above its floor", () => {
    const gate = baseline.extraction as Gate;
    const pages = loadExtractionPages().slice(0, gate.count);
    expect(checksum(pages.map((p) => `${p.id}\t${p.truth}`))).toBe(gate.checksum);
    const { f1 } = extractionScores(pages.map((p) => shingleMatching(p.truth, unspunText(p))));
    expect(f1).toBeGreaterThanOrEqual(gate.floor);
  });

  it("title accuracy on the Readability test pages stays above its floor", () => {
    const gate = baseline.title as Gate;
    const pages = loadReadabilityPages().filter((p) => p.title);
    expect(pages.length).toBe(gate.count);
    expect(checksum(pages.map((p) => `${p.id}\t${p.title}`))).toBe(gate.checksum);
    const right = pages.filter((p) => sameTitle(extract(rawDocument(p.id, "html", p.html)).title, p.title as string)).length;
    expect(right / pages.length).toBeGreaterThanOrEqual(gate.floor);
  });

  it("PAN plagdet on a fixed slice of PAN13 train stays above its floor", () => {
    const gate = baseline.plagdet as Gate;
    const pairs = loadPanPairs(undefined, gate.count);
    expect(checksum(pairs.map((p) => `${p.pair}\t${JSON.stringify(p.cases)}`))).toBe(gate.checksum);
    const detections = pairs.flatMap((p) =>
      alignTexts(analyze(readFileSync(p.susp, "utf8")), analyze(readFileSync(p.src, "utf8"))).passages.map((x) => ({
        pair: p.pair,
        suspStart: x.a.start,
        suspEnd: x.a.end,
        srcStart: x.b.start,
        srcEnd: x.b.end,
      })),
    );
    expect(
      plagdet(
        pairs.flatMap((p) => p.cases),
        detections,
      ).plagdet,
    ).toBeGreaterThanOrEqual(gate.floor);
  });

  it("reuse recall on a fixed generated news slice stays above its floor, with no false pairs", () => {
    const gate = baseline.reuse as Gate;
    expect(checksum([readFileSync(join(BBC_DIR, "bbc.jsonl"), "utf8")])).toBe(gate.checksum);
    const r = runReuse({ originals: gate.count, distractors: 100, seed: 11 });
    let copies = 0;
    let found = 0;
    for (const s of r.unspun.values()) {
      copies += s.copies;
      found += s.found;
    }
    expect(found / copies).toBeGreaterThanOrEqual(gate.floor);
    expect(r.falsePairs.unspun).toBe(0);
  });

  it("copy precision and recall, and story F1, on a fixed slice of real-news-dev stay above their floors", async () => {
    const gate = baseline.real as Gate & { recallFloor: number; storyFloor: number };
    const set = realSlice();
    expect(set.docs.size).toBe(gate.count);
    expect(realChecksum(set)).toBe(gate.checksum);
    const scores = scoreReal(set, await scanSet(set));
    expect(scores.copies.precision).toBeGreaterThanOrEqual(gate.floor);
    expect(scores.copies.recall).toBeGreaterThanOrEqual(gate.recallFloor);
    expect(scores.sharesQuoteCalledCopies[0]).toBe(0);
    expect(scores.stories.f1).toBeGreaterThanOrEqual(gate.storyFloor);
  });

  it("spin detection AUC on a fixed generated slice stays above its floor", () => {
    const gate = baseline.spin as Gate;
    const texts = readFileSync(join(BBC_DIR, "bbc.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l).text as string)
      .filter((t) => (t.match(/\S+/g)?.length ?? 0) >= 150)
      .slice(0, gate.count);
    expect(checksum(texts)).toBe(gate.checksum);
    const detector = lexiconHalf(lexicon(), 0);
    const spinner = lexiconHalf(lexicon(), 1);
    const random = rng(11);
    const clean = texts.map((t) => detectSpin(t, { lexicon: detector }).score);
    const spunScores = texts.map((t) => detectSpin(spun(t, 0.2, spinner, random).text, { lexicon: detector }).score);
    expect(rocAuc(spunScores, clean)).toBeGreaterThanOrEqual(gate.floor);
  });
});
