/**
 * The news reuse benchmark, generated from BBC News with known ground truth:
 * originals, one copy each (verbatim, wrapped, excerpt, spun at 15/30/50%,
 * reordered), and same-topic distractors. unspun runs its real stages
 * (extract → analyze → sketch → LSH → align → judge) with one half of the
 * synonym lexicon while the spinner uses the other; the classic baseline is
 * word 5-gram MinHash (128 permutations) with LSH at threshold 0.7.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { alignTexts } from "../../src/align/index.js";
import { extract } from "../../src/extract/index.js";
import { COPY_TYPES as COPY_RELATIONS, judge } from "../../src/judge/index.js";
import { bandKeys, minhash, optimalParams, sketch, VIEWS, viewShingles } from "../../src/sketch/index.js";
import { type Analysis, analyze, lexicon } from "../../src/text/index.js";
import { COPY_TYPES, type CopyType, excerpt, reordered, spun, wrapped } from "./copies.js";
import { rawDocument } from "./raw.js";
import { rng, shuffle } from "./rng.js";
import { lexiconHalf } from "./split-lexicon.js";

export const BBC_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "data", "bbc-news");

interface BbcArticle {
  id: string;
  label: string;
  title: string;
  text: string;
}

export interface ReuseOptions {
  originals: number;
  distractors: number;
  seed: number;
}

interface Doc {
  name: string;
  analysis: Analysis;
  /** For copies: the index of the original and the kind of copy. */
  copyOf?: number;
  type?: CopyType;
}

export interface TypeScore {
  copies: number;
  found: number;
  detections: number;
  wrong: number;
}

export interface ReuseResult {
  unspun: Map<string, TypeScore>;
  baseline: Map<string, TypeScore>;
  spunRates: Map<string, number>;
  /** Detected pairs between two different originals or distractors. */
  falsePairs: { unspun: number; baseline: number };
  docs: number;
  seconds: { unspun: number };
}

/**
 * BBC articles with no text in common with any other: BBC News reuses its own
 * paragraphs across follow-ups, and such pairs would be real copies that the
 * generated ground truth does not know. Overlap is judged independently of
 * unspun, by exact word 8-grams (ignoring 8-grams in 50 or more articles).
 */
export function loadBbc(): BbcArticle[] {
  const all = readFileSync(join(BBC_DIR, "bbc.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as BbcArticle);
  const owners = new Map<string, Set<number>>();
  all.forEach((a, i) => {
    const words = a.text.toLowerCase().match(/\w+/g) ?? [];
    for (let k = 0; k + 8 <= words.length; k++) {
      const gram = words.slice(k, k + 8).join(" ");
      (owners.get(gram) ?? owners.set(gram, new Set()).get(gram))?.add(i);
    }
  });
  const overlapping = new Set<number>();
  for (const ids of owners.values()) if (ids.size > 1 && ids.size < 50) for (const i of ids) overlapping.add(i);
  return all.filter((_, i) => !overlapping.has(i));
}

const cleanText = (text: string) => extract(rawDocument("x", "text", text)).text;

export function runReuse(options: ReuseOptions): ReuseResult {
  const random = rng(options.seed);
  const lex = lexicon();
  const detectorLex = lexiconHalf(lex, 0);
  const spinnerLex = lexiconHalf(lex, 1);
  const pool = shuffle(loadBbc(), random);
  const originals = pool.slice(0, options.originals);
  const distractors = pool.slice(options.originals, options.originals + options.distractors);
  const docs: Doc[] = [];
  const spunRates = new Map<string, number[]>();
  for (const a of [...originals, ...distractors])
    docs.push({ name: a.id, analysis: analyze(cleanText(`${a.title}\n\n${a.text}`), detectorLex) });
  originals.forEach((a, i) => {
    const type = COPY_TYPES[i % COPY_TYPES.length] as CopyType;
    const body = `${a.title}\n\n${a.text}`;
    let text = body;
    if (type === "wrapped") text = wrapped(body, (pool[(i + 7) % pool.length] as BbcArticle).title, random);
    else if (type === "excerpt") text = excerpt(a.text, random);
    else if (type === "reordered") text = reordered(body, random);
    else if (type.startsWith("spun")) {
      const s = spun(body, Number(type.slice(5)) / 100, spinnerLex, random);
      text = s.text;
      spunRates.set(type, [...(spunRates.get(type) ?? []), s.replaced]);
    }
    docs.push({ name: `${a.id}~${type}`, analysis: analyze(cleanText(text), detectorLex), copyOf: i, type });
  });

  const start = process.hrtime.bigint();
  const unspunPairs = detectPairs(
    docs,
    (i) => sketch((docs[i] as Doc).analysis).keys.map((k) => k.key),
    (i, j) => {
      const [a, b] = [(docs[i] as Doc).analysis, (docs[j] as Doc).analysis];
      const v = judge(a, b, alignTexts(a, b, {}, detectorLex));
      return COPY_RELATIONS.has(v.type);
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const baselinePairs = detectPairs(
    docs,
    (i) => baselineKeys((docs[i] as Doc).analysis),
    () => true,
  );
  return {
    unspun: score(docs, unspunPairs),
    baseline: score(docs, baselinePairs),
    spunRates: new Map([...spunRates].map(([k, v]) => [k, v.reduce((s, x) => s + x, 0) / v.length])),
    falsePairs: { unspun: countFalse(docs, unspunPairs), baseline: countFalse(docs, baselinePairs) },
    docs: docs.length,
    seconds: { unspun: seconds },
  };
}

const BASELINE = { k: 128, seed: 1, bands: optimalParams(0.7, 128) };
const VERBATIM = VIEWS.find((v) => v.name === "verbatim");

/** datasketch-style dedup: word 5-gram MinHash over the whole text, LSH at 0.7. */
function baselineKeys(a: Analysis): number[] {
  if (!VERBATIM) return [];
  const shingles = viewShingles(a, { from: 0, to: a.units.length }, VERBATIM);
  if (shingles.length === 0) return [];
  return bandKeys(minhash(shingles, BASELINE), BASELINE.bands, 99);
}

/** Candidate pairs from shared band keys, kept when `verify` says so. */
function detectPairs(docs: Doc[], keysOf: (i: number) => number[], verify: (i: number, j: number) => boolean): Set<string> {
  const index = new Map<number, number[]>();
  const keys = docs.map((_, i) => keysOf(i));
  keys.forEach((ks, i) => {
    for (const k of ks) (index.get(k) ?? index.set(k, []).get(k))?.push(i);
  });
  const found = new Set<string>();
  keys.forEach((ks, i) => {
    const candidates = new Set<number>();
    for (const k of ks) for (const j of index.get(k) ?? []) if (j > i) candidates.add(j);
    for (const j of candidates) if (verify(i, j)) found.add(`${i} ${j}`);
  });
  return found;
}

function isTrue(docs: Doc[], i: number, j: number): boolean {
  const [a, b] = [docs[i] as Doc, docs[j] as Doc];
  return a.copyOf === j || b.copyOf === i;
}

function score(docs: Doc[], pairs: Set<string>): Map<string, TypeScore> {
  const out = new Map<string, TypeScore>();
  const get = (t: string) => out.get(t) ?? (out.set(t, { copies: 0, found: 0, detections: 0, wrong: 0 }).get(t) as TypeScore);
  docs.forEach((d, i) => {
    if (d.copyOf === undefined || !d.type) return;
    const s = get(d.type);
    s.copies++;
    const lo = Math.min(i, d.copyOf);
    const hi = Math.max(i, d.copyOf);
    if (pairs.has(`${lo} ${hi}`)) s.found++;
  });
  for (const p of pairs) {
    const [i, j] = p.split(" ").map(Number) as [number, number];
    for (const k of [i, j]) {
      const d = docs[k] as Doc;
      if (!d.type) continue;
      const s = get(d.type);
      s.detections++;
      if (!isTrue(docs, i, j)) s.wrong++;
    }
  }
  return out;
}

function countFalse(docs: Doc[], pairs: Set<string>): number {
  let n = 0;
  for (const p of pairs) {
    const [i, j] = p.split(" ").map(Number) as [number, number];
    if (!isTrue(docs, i, j)) n++;
  }
  return n;
}
