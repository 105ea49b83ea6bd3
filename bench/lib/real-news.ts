/**
 * The real-news sets (../shared/data/real-news-dev, and bench/real when its
 * texts are present): the labels, a scan of the texts through the library,
 * and the scorer — a port of real-news-dev's score.py, figure for figure
 * (copy pairs lenient and strict, shares-quote pairs called copies, copies
 * across stories, direction, story pairwise P/R/F1, spin false positives).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Corpus } from "../../src/corpus/index.js";
import { COPY_TYPES } from "../../src/judge/index.js";
import type { RelationReport } from "../../src/match/index.js";
import type { Story } from "../../src/provenance/index.js";
import { detectSpin } from "../../src/spin/index.js";

export const REAL_NEWS_DEV = join(import.meta.dirname, "..", "..", "..", "shared", "data", "real-news-dev");
export const REAL_ADDITIONS = join(import.meta.dirname, "..", "real");

export interface RealDoc {
  file: string;
  url?: string;
  story: string;
  lineage: string;
  expected_spin: "clean" | "spun" | "mt" | "paraphrase";
  outlet: string;
  wire: string;
  date?: string | null;
}
export interface RealPair {
  a: string;
  b: string;
  label: "copy" | "partial" | "independent";
  same_story: boolean;
  shares_quote: boolean;
  why: string;
}
export interface RealSet {
  name: string;
  dir: string;
  docs: Map<string, RealDoc>;
  pairs: Map<string, RealPair>;
  direction: Array<{ original: string; copy: string; confidence: string }>;
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
export const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** A labelled set in real-news-dev's layout, or undefined when its texts are absent. */
export function loadRealSet(name: string, dir: string, only?: (d: RealDoc) => boolean): RealSet | undefined {
  if (!existsSync(join(dir, "texts")) || readdirSync(join(dir, "texts")).length === 0) return undefined;
  const docs = new Map(
    jsonl<RealDoc>(join(dir, "docs.jsonl"))
      .filter((d) => !only || only(d))
      .map((d) => [d.file, d] as const),
  );
  const pairs = new Map(
    jsonl<RealPair>(join(dir, "pairs.jsonl"))
      .filter((p) => docs.has(p.a) && docs.has(p.b))
      .map((p) => [pairKey(p.a, p.b), p] as const),
  );
  const direction = jsonl<{ original: string; copy: string; confidence: string }>(join(dir, "direction.jsonl")).filter(
    (d) => docs.has(d.original) && docs.has(d.copy),
  );
  return { name, dir, docs, pairs, direction };
}

export interface ScanOutput {
  documents: Array<{ id: string; origin: string }>;
  relations: RelationReport[];
  stories: Story[];
  spin: Map<string, { verdict: string; score: number }>;
}

/**
 * The texts through the library as `unspun scan` runs them, in a throw-away
 * store, plus each text's spin verdict. `withAddresses`: as a crawl would give
 * them, each text with the address it was read from (a JSONL record with
 * `url`), so that a page's host can say which outlet it is.
 */
export async function scanSet(set: RealSet, options: { withAddresses?: boolean } = {}): Promise<ScanOutput> {
  const dir = mkdtempSync(join(tmpdir(), "unspun-real-"));
  const corpus = Corpus.open(join(dir, "real.db"));
  try {
    const names = [...set.docs.keys()].sort();
    let inputs = names.map((f) => join(set.dir, "texts", f));
    const fileOfLine = new Map<string, string>();
    if (options.withAddresses) {
      const jsonl = join(dir, "pages.jsonl");
      const lines = names.map((f) =>
        JSON.stringify({ id: f, url: set.docs.get(f)?.url, text: readFileSync(join(set.dir, "texts", f), "utf8") }),
      );
      writeFileSync(jsonl, lines.join("\n"));
      // A record with an id is stored as `file#id`.
      for (const f of names) fileOfLine.set(`${jsonl}#${f}`, f);
      inputs = [jsonl];
    }
    const ids: string[] = [];
    await corpus.ingest(inputs, { onDocument: (d) => ids.push(d.id) });
    const unique = [...new Set(ids)];
    await corpus.detect(unique);
    await corpus.updateStories(unique);
    const documents = (await corpus.list({ ids: unique, limit: unique.length })).map((d) => ({
      id: d.id,
      origin: fileOfLine.get(d.origin) ?? d.origin,
    }));
    const learned = await corpus.learned();
    const spin = new Map<string, { verdict: string; score: number }>();
    for (const d of documents) {
      const doc = await corpus.get(d.id);
      if (doc) spin.set(basename(d.origin), detectSpin(doc.article.text, { learned }));
    }
    return { documents, relations: await corpus.relations(unique), stories: await corpus.stories(), spin };
  } finally {
    await corpus.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RealScores {
  documents: number;
  copies: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  strict: { precision: number; recall: number; f1: number };
  partialCalledCopies: [number, number];
  recallBySpin: Record<string, [number, number]>;
  sharesQuoteCalledCopies: [number, number];
  crossStoryCopies: number;
  spunRelationsBothClean: number;
  direction: {
    gold: number;
    found: number;
    correct: number;
    wrong: number;
    siblings: number;
    undetermined: number;
    siblingsGuessed: number;
  };
  stories: { precision: number; recall: number; f1: number; predicted: number };
  spin: { cleanFlagged: number; clean: number; transformedFlagged: number; transformed: number };
  errors: string[];
}

const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
};

export function scoreReal(set: RealSet, scan: ScanOutput): RealScores {
  const fileOf = new Map(scan.documents.map((d) => [d.id, basename(d.origin)] as const));
  const errors: string[] = [];
  const predicted = new Map<string, RelationReport & { fa: string; fb: string }>();
  for (const r of scan.relations) {
    const [fa, fb] = [fileOf.get(r.a), fileOf.get(r.b)];
    if (!fa || !fb || fa === fb || !set.docs.has(fa) || !set.docs.has(fb)) continue;
    const k = pairKey(fa, fb);
    const old = predicted.get(k);
    if (!old || (COPY_TYPES.has(r.type) && !COPY_TYPES.has(old.type))) predicted.set(k, { ...r, fa, fb });
  }
  const predCopy = new Set([...predicted].filter(([, r]) => COPY_TYPES.has(r.type)).map(([k]) => k));
  const gold = (label: RealPair["label"]) => new Set([...set.pairs].filter(([, p]) => p.label === label).map(([k]) => k));
  const [gcopy, gpart, gind] = [gold("copy"), gold("partial"), gold("independent")];
  const count = (s: Set<string>, t: Set<string>) => [...s].filter((k) => t.has(k)).length;
  const tp = count(predCopy, gcopy);
  const fp = count(predCopy, gind);
  const fn = gcopy.size - tp;
  const strictTp = tp + count(predCopy, gpart);
  const docOf = (f: string) => set.docs.get(f) as RealDoc;
  const recallBySpin: Record<string, [number, number]> = {};
  for (const k of gcopy) {
    const [a, b] = k.split("\t") as [string, string];
    const tag =
      [...new Set([docOf(a).expected_spin, docOf(b).expected_spin])]
        .filter((s) => s !== "clean")
        .sort()
        .join("+") || "clean";
    const slot = (recallBySpin[tag] ??= [0, 0]);
    slot[1]++;
    if (predCopy.has(k)) slot[0]++;
  }
  const sharesQuote = new Set([...set.pairs].filter(([, p]) => p.shares_quote && p.label === "independent").map(([k]) => k));
  const spunBothClean = [...predicted.values()].filter(
    (r) => r.type === "spun" && docOf(r.fa).expected_spin === "clean" && docOf(r.fb).expected_spin === "clean",
  ).length;

  const dir = { gold: set.direction.length, found: 0, correct: 0, wrong: 0, siblings: 0, undetermined: 0, siblingsGuessed: 0 };
  for (const d of set.direction) {
    const r = predicted.get(pairKey(d.original, d.copy));
    if (!r || !COPY_TYPES.has(r.type)) {
      errors.push(`  direction  no copy relation: ${d.original} -> ${d.copy} (${d.confidence})`);
      continue;
    }
    dir.found++;
    const decision = r.direction?.decision ?? "undetermined";
    if (decision === "a-original" || decision === "b-original") {
      const original = decision === "a-original" ? r.fa : r.fb;
      if (original === d.original) dir.correct++;
      else {
        dir.wrong++;
        errors.push(`  direction  WRONG: engine says ${original} is the original; gold ${d.original} -> ${d.copy} (${d.confidence})`);
      }
    } else if (decision === "siblings") dir.siblings++;
    else dir.undetermined++;
  }
  // Sibling copies (two copies of one missing original): any decided direction is a guess unless dates or credits back it.
  for (const [k, r] of predicted) {
    const p = set.pairs.get(k);
    if (p?.label !== "copy" || !COPY_TYPES.has(r.type)) continue;
    const [a, b] = [docOf(r.fa), docOf(r.fb)];
    const sibling = a.lineage === b.lineage && !set.direction.some((d) => pairKey(d.original, d.copy) === k);
    const decided = r.direction?.decision === "a-original" || r.direction?.decision === "b-original";
    const backed = (r.direction?.evidence ?? []).some((e) => ["date", "credit", "canonical"].includes(e.signal));
    if (sibling && decided && !backed) {
      dir.siblingsGuessed++;
      errors.push(`  direction  sibling pair given an original without date or credit: ${r.fa} ~ ${r.fb}`);
    }
  }

  const storyOf = new Map<string, number>();
  scan.stories.forEach((s, i) => {
    for (const m of s.members) {
      const f = fileOf.get(m);
      if (f && !storyOf.has(f)) storyOf.set(f, i);
    }
  });
  const files = [...set.docs.keys()].sort();
  let next = 1e6;
  for (const f of files) if (!storyOf.has(f)) storyOf.set(f, next++);
  let stp = 0;
  let sfp = 0;
  let sfn = 0;
  const merged = new Map<string, number>();
  const split = new Map<string, number>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i] as string, files[j] as string];
      const g = docOf(a).story === docOf(b).story;
      const p = storyOf.get(a) === storyOf.get(b);
      if (g && p) stp++;
      else if (p) {
        sfp++;
        const m = [docOf(a).story, docOf(b).story].sort().join(" + ");
        merged.set(m, (merged.get(m) ?? 0) + 1);
      } else if (g) {
        sfn++;
        split.set(docOf(a).story, (split.get(docOf(a).story) ?? 0) + 1);
      }
    }
  }
  const stories = { ...prf(stp, sfp, sfn), predicted: new Set(storyOf.values()).size };

  const clean = files.filter((f) => docOf(f).expected_spin === "clean" && scan.spin.has(f));
  const transformed = files.filter((f) => ["spun", "mt"].includes(docOf(f).expected_spin) && scan.spin.has(f));
  const spin = {
    cleanFlagged: clean.filter((f) => scan.spin.get(f)?.verdict === "spun").length,
    clean: clean.length,
    transformedFlagged: transformed.filter((f) => scan.spin.get(f)?.verdict === "spun").length,
    transformed: transformed.length,
  };
  for (const f of clean)
    if (scan.spin.get(f)?.verdict === "spun") errors.push(`  spin FP  ${f}  score ${scan.spin.get(f)?.score.toFixed(2)}`);
  for (const k of [...predCopy].filter((x) => gind.has(x)).sort()) {
    const r = predicted.get(k) as RelationReport & { fa: string; fb: string };
    const g = set.pairs.get(k) as RealPair;
    const tag = `${g.shares_quote ? "shares-quote " : ""}${g.same_story ? "" : "cross-story"}`.trim() || "independent";
    errors.push(
      `  FP copy ${r.type.padEnd(10)} ${r.fa} ~ ${r.fb}  cov ${r.coverageA.toFixed(2)}/${r.coverageB.toFixed(2)}  [${tag}] gold: ${g.why}`,
    );
  }
  for (const k of [...gcopy].filter((x) => !predCopy.has(x)).sort()) {
    const [a, b] = k.split("\t") as [string, string];
    const got = predicted.get(k)?.type ?? "none";
    errors.push(
      `  FN copy (engine: ${got.padEnd(10)}) ${a} ~ ${b}  [${docOf(a).expected_spin}/${docOf(b).expected_spin}] gold: ${set.pairs.get(k)?.why}`,
    );
  }
  for (const [m, n] of [...merged].sort((x, y) => y[1] - x[1])) errors.push(`  story merged: ${m}  (${n} pair(s))`);
  for (const [s, n] of [...split].sort((x, y) => y[1] - x[1])) errors.push(`  story split: ${s}  (${n} pair(s) not together)`);

  return {
    documents: set.docs.size,
    copies: { tp, fp, fn, ...prf(tp, fp, fn) },
    strict: prf(strictTp, fp, gcopy.size + gpart.size - strictTp),
    partialCalledCopies: [count(predCopy, gpart), gpart.size],
    recallBySpin,
    sharesQuoteCalledCopies: [count(predCopy, sharesQuote), sharesQuote.size],
    crossStoryCopies: [...predCopy].filter((k) => set.pairs.get(k)?.same_story === false).length,
    spunRelationsBothClean: spunBothClean,
    direction: dir,
    stories,
    spin,
    errors,
  };
}
