/**
 * npm run bench:direction -- [--originals N] [--seed S]: who copied whom, on
 * generated BBC copies with known direction — spun, excerpted, translated-like
 * and boilerplate-wrapped — with both dated, neither dated, or the copy
 * carrying a misleading earlier date in its site chrome. Prints accuracy
 * where the tool decides and how often it decides.
 */
import { extract } from "../src/extract/index.js";
import { analysed, compareArticles } from "../src/match/index.js";
import { withDirection } from "../src/provenance/index.js";
import { lexicon } from "../src/text/index.js";
import { excerpt, spun, translatedLike, wrapped } from "./lib/copies.js";
import { machineLine } from "./lib/machine.js";
import { rawDocument } from "./lib/raw.js";
import { loadBbc } from "./lib/reuse-run.js";
import { rng, shuffle } from "./lib/rng.js";
import { lexiconHalf } from "./lib/split-lexicon.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const random = rng(arg("--seed", 7));
const originals = shuffle(loadBbc(), random).slice(0, arg("--originals", 300));
const spinner = lexiconHalf(lexicon(), 1);
const TYPES = ["spun", "excerpt", "translated-like", "wrapped"] as const;
const DATES = ["both dated", "undated", "misleading chrome date"] as const;
const ORIGINAL_DATE = "2025-03-10";

interface Tally {
  pairs: number;
  related: number;
  decided: number;
  right: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => tallies.get(key) ?? (tallies.set(key, { pairs: 0, related: 0, decided: 0, right: 0 }).get(key) as Tally);

console.log(machineLine());
originals.forEach((a, i) => {
  const type = TYPES[i % TYPES.length] as (typeof TYPES)[number];
  const dates = DATES[Math.floor(i / TYPES.length) % DATES.length] as (typeof DATES)[number];
  const body = `${a.title}\n\n${a.text}`;
  let copy =
    type === "spun"
      ? spun(body, 0.3, spinner, random).text
      : type === "excerpt"
        ? excerpt(a.text, random)
        : type === "translated-like"
          ? translatedLike(body, 0.3, spinner, random)
          : body;
  // The chrome date sits above the headline, as on scraped pages: "Tuesday, March 4, 2025", before the original.
  if (type === "wrapped" || dates === "misleading chrome date") copy = wrapped(copy, "Elsewhere today", random);
  const original = analysed(extract(rawDocument(`${a.id}`, "text", body, dates === "both dated" ? { date: ORIGINAL_DATE } : {})), body);
  const copied = analysed(extract(rawDocument(`${a.id}~copy`, "text", copy, dates === "both dated" ? { date: "2025-03-12" } : {})), copy);
  const swap = random() < 0.5;
  const [x, y] = swap ? [copied, original] : [original, copied];
  const r = withDirection(x, y, compareArticles(x, y));
  for (const key of [type, dates, "all"]) {
    const t = tally(key);
    t.pairs++;
    if (!r.direction) continue;
    t.related++;
    const d = r.direction.decision;
    if (d === "undetermined") continue;
    t.decided++;
    if ((d === "a-original" && !swap) || (d === "b-original" && swap)) t.right++;
  }
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${originals.length} original/copy pairs; accuracy where the tool decides (siblings count as wrong), and how often it decides`);
for (const [key, t] of tallies) {
  console.log(
    `  ${key.padEnd(24)} ${String(t.pairs).padStart(4)} pairs  related ${pct(t.related / t.pairs).padStart(6)}  decides ${pct(t.decided / Math.max(1, t.related)).padStart(6)}  accuracy ${t.decided ? pct(t.right / t.decided) : "—"}`,
  );
}
