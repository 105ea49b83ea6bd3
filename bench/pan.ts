/**
 * npm run bench:pan -- [--corpus DIR] [--per-type N] [--options JSON]: PAN 2013 text alignment.
 * Aligns every pair with unspun's aligner on the files exactly as read and
 * scores the detections with plagdet, per obfuscation type and in total.
 */
import { readFileSync } from "node:fs";
import { alignTexts } from "../src/align/index.js";
import { type Analysis, analyze } from "../src/text/index.js";
import { machineLine } from "./lib/machine.js";
import { loadPanPairs, PAN_DIR } from "./lib/pan-corpus.js";
import { type Annotation, plagdet } from "./lib/plagdet.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** `--options '{"minSeedScore":0.35}'` overrides aligner options, for tuning on the training set. */
const options = JSON.parse(arg("--options") ?? "{}");
const pairs = loadPanPairs(arg("--corpus") ?? PAN_DIR, Number(arg("--per-type") ?? Number.POSITIVE_INFINITY));
const cache = new Map<string, Analysis>();
const analysed = (path: string) => cache.get(path) ?? (cache.set(path, analyze(readFileSync(path, "utf8"))).get(path) as Analysis);

console.log(machineLine());
const byType = new Map<string, { cases: Annotation[]; detections: Annotation[]; pairs: number; flagged: number }>();
const start = process.hrtime.bigint();
for (const p of pairs) {
  const pair = p.pair;
  const result = alignTexts(analysed(p.susp), analysed(p.src), options);
  const detections = result.passages.map((x) => ({ pair, suspStart: x.a.start, suspEnd: x.a.end, srcStart: x.b.start, srcEnd: x.b.end }));
  for (const key of [p.type, "total"]) {
    const t = byType.get(key) ?? { cases: [], detections: [], pairs: 0, flagged: 0 };
    t.cases.push(...p.cases);
    t.detections.push(...detections);
    t.pairs++;
    if (detections.length > 0) t.flagged++;
    byType.set(key, t);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
for (const [type, t] of byType) {
  if (t.cases.length === 0) {
    console.log(`${type.padEnd(28)} pairs=${t.pairs} pairs with detections=${t.flagged} (${((100 * t.flagged) / t.pairs).toFixed(1)}%)`);
    continue;
  }
  const s = plagdet(t.cases, t.detections);
  console.log(
    `${type.padEnd(28)} plagdet=${s.plagdet.toFixed(3)} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} granularity=${s.granularity.toFixed(3)} cases=${s.cases} detections=${s.detections}`,
  );
}
console.log(
  `${pairs.length} pairs, ${cache.size} documents in ${seconds.toFixed(1)} s: ${(pairs.length / seconds).toFixed(1)} pairs/s (one core)`,
);
