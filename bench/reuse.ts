/**
 * npm run bench:reuse -- [--originals N] [--distractors N] [--seed S]:
 * precision and recall per copy type on generated BBC News copies, for
 * unspun and, in the same run, the classic MinHash baseline.
 */
import { machineLine } from "./lib/machine.js";
import { runReuse, type TypeScore } from "./lib/reuse-run.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
console.log(machineLine());
const r = runReuse({ originals: arg("--originals", 350), distractors: arg("--distractors", 700), seed: arg("--seed", 2025) });
const fmt = (s: TypeScore | undefined) => {
  if (!s) return "-";
  const recall = s.found / s.copies;
  const precision = s.detections > 0 ? (s.detections - s.wrong) / s.detections : 1;
  return `R ${recall.toFixed(3)} P ${precision.toFixed(3)}`;
};
console.log(
  `${r.docs} documents; spinner replaced ${[...r.spunRates].map(([t, x]) => `${t}: ${(100 * x).toFixed(0)}%`).join(", ")} of content words`,
);
console.log(`${"copy type".padEnd(12)} ${"copies".padStart(6)}  ${"unspun".padEnd(18)}  baseline (5-gram MinHash-128, LSH 0.7)`);
for (const [type, s] of r.unspun)
  console.log(`${type.padEnd(12)} ${String(s.copies).padStart(6)}  ${fmt(s).padEnd(18)}  ${fmt(r.baseline.get(type))}`);
console.log(`false pairs among originals and distractors: unspun ${r.falsePairs.unspun}, baseline ${r.falsePairs.baseline}`);
console.log(`unspun detection: ${r.seconds.unspun.toFixed(1)} s for ${r.docs} documents (one core)`);
