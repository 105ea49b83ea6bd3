/**
 * One verdict per pair: the relation, its coverage, passages and direction do
 * not depend on which text comes first — on the seeds always, and on every
 * pair of real-news-dev when it is beside us.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRealSet, REAL_NEWS_DEV } from "../../bench/lib/real-news.js";
import { haveData } from "../../test/helpers/data.js";
import { SEEDS } from "../../test/helpers/tmp.js";
import { extract } from "../extract/index.js";
import { contentId } from "../ingest/index.js";
import { withDirection } from "../provenance/index.js";
import type { RawDocument } from "../types.js";
import { type Analysed, analysed, compareArticles, mirrored, type RelationReport } from "./index.js";

function load(dir: string, name: string): Analysed {
  const content = readFileSync(join(dir, name), "utf8");
  const raw: RawDocument = { id: contentId(content), origin: name, format: "text", content, bytes: content.length, meta: {}, problems: [] };
  return analysed(extract(raw), content);
}

/** The parts of a report that must agree, read from a's side. */
const view = (r: RelationReport) => ({
  a: r.a,
  b: r.b,
  type: r.type,
  coverage: [r.coverageA, r.coverageB],
  confidence: r.confidence,
  passages: r.passages.map((p) => [p.a.start, p.a.end, p.b.start, p.b.end, p.changes.length]),
  quotes: r.evidence.sharedQuotes.count,
  direction: r.direction?.decision,
});

function expectSymmetric(docs: readonly Analysed[]): number {
  let pairs = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [x, y] = [docs[i] as Analysed, docs[j] as Analysed];
      const forward = withDirection(x, y, compareArticles(x, y));
      const backward = withDirection(y, x, compareArticles(y, x));
      expect(view(mirrored(backward)), `${x.article.origin} ~ ${y.article.origin}`).toEqual(view(forward));
      pairs++;
    }
  }
  return pairs;
}

describe("one verdict per pair", () => {
  it("gives the seeds the same relation and direction in either order", () => {
    const docs = readdirSync(SEEDS)
      .sort()
      .map((f) => load(SEEDS, f));
    expect(expectSymmetric(docs)).toBe(10);
  });

  it.skipIf(!haveData("symmetry over every pair of real-news-dev", REAL_NEWS_DEV))(
    "does so on every pair of real-news-dev",
    () => {
      const set = loadRealSet("real-news-dev", REAL_NEWS_DEV);
      const docs = [...(set?.docs.keys() ?? [])].sort().map((f) => load(join(REAL_NEWS_DEV, "texts"), f));
      expect(expectSymmetric(docs)).toBe((docs.length * (docs.length - 1)) / 2);
    },
    600_000,
  );
});
