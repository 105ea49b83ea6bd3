/**
 * npm run bench:date: publication dates on htmldate-eval (1,000 pages). Per
 * page, the right day is a true positive, a wrong date a false positive, and
 * no date a false negative; pages with no expected date count only when a
 * date is wrongly given.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { extract } from "../src/extract/index.js";
import { decodeBytes } from "../src/ingest/decode.js";
import { machineLine } from "./lib/machine.js";
import { rawDocument } from "./lib/raw.js";

const DIR = join(import.meta.dirname, "..", "..", "shared", "data", "htmldate-eval");
interface Row {
  id: string;
  set: string;
  url: string;
  html_path: string;
  date: string | null;
}
const rows = readFileSync(join(DIR, "dates.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

console.log(machineLine());
const bySet = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
const start = process.hrtime.bigint();
for (const row of rows) {
  const decoded = decodeBytes(gunzipSync(readFileSync(join(DIR, row.html_path))), row.id);
  const html = "code" in decoded ? "" : decoded.text;
  const article = extract(rawDocument(row.id, "html", html, { url: row.url }));
  const got = article.date?.value.slice(0, 10);
  for (const key of [row.set, "all"]) {
    const s = bySet.get(key) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    s.n++;
    if (row.date === null) s.fp += got ? 1 : 0;
    else if (!got) s.fn++;
    else if (got === row.date) s.tp++;
    else s.fp++;
    bySet.set(key, s);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
for (const [set, s] of bySet) {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  console.log(
    `${set.padEnd(16)} pages=${s.n} tp=${s.tp} fp=${s.fp} fn=${s.fn} precision=${p.toFixed(3)} recall=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)}`,
  );
}
console.log(`${(rows.length / seconds).toFixed(1)} pages/s (one core, full extraction)`);
