/**
 * npm run bench:dedup -- [--keep first] [--workers 1]: `unspun dedup` (the
 * library's `dedup`, what the command runs) on the full BBC JSONL
 * (../shared/data/bbc-news/bbc.jsonl, 2,225 records), into a fresh temporary
 * SQLite store: records kept and dropped by relation type, time, records/s;
 * and in the same run what 5-gram word-shingle MinHash at Jaccard 0.7 drops
 * under the same greedy keep-first rule, and how many of the set's known
 * exact-duplicate groups (exact_duplicate_groups.json) each collapses to one
 * record. Skips, saying why, when ../shared/data is absent.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus, dedup, type KeepRule, minhash, type Signature, VerifyPool } from "../src/index.js";
import { fnv1a } from "../src/text/hash.js";
import { machineLine } from "./lib/machine.js";

const DATA = join(import.meta.dirname, "..", "..", "shared", "data", "bbc-news");
const FILE = join(DATA, "bbc.jsonl");
const GROUPS = join(DATA, "exact_duplicate_groups.json");

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => (argv.includes(name) ? (argv[argv.indexOf(name) + 1] as string) : fallback);
const keep = arg("--keep", "first") as KeepRule;
const workers = Number(arg("--workers", "1"));

/** MinHash baseline: 5-word shingles, 256 bins, estimated Jaccard at or above 0.7 is a duplicate. */
const SHINGLE = 5;
const BINS = 256;
const THRESHOLD = 0.7;

if (!existsSync(FILE) || !existsSync(GROUPS)) {
  console.log(`bench:dedup skipped: needs ${FILE} and ${GROUPS} (../shared/data, not in the repository)`);
  process.exit(0);
}

interface Row {
  id: string;
  text: string;
}
const rows: Row[] = readFileSync(FILE, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Row);
const groups = JSON.parse(readFileSync(GROUPS, "utf8")) as string[][];

console.log(machineLine());
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
console.log(`input: ${FILE} (${rows.length} records; ${groups.length} known exact-duplicate groups of ${groups.flat().length} records)`);

// unspun dedup.
const dir = mkdtempSync(join(tmpdir(), "unspun-bench-dedup-"));
const db = join(dir, "dedup.db");
const corpus = Corpus.open(db);
const pool = workers > 1 ? new VerifyPool(db, workers) : undefined;
const start = process.hrtime.bigint();
const run = await dedup(corpus, [FILE], { keep, emit: "all", ...(pool ? { scan: { verify: pool } } : {}) });
const lines: string[] = [];
for await (const line of run.lines()) lines.push(line);
writeFileSync(join(dir, "out.jsonl"), `${lines.join("\n")}\n`);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
await pool?.close();
await corpus.close();
rmSync(dir, { recursive: true, force: true });

const unspunKept = new Set<string>();
const unspunDropped = new Map<string, string>();
const unspunBy = new Map<string, string>();
for (const line of lines) {
  const r = JSON.parse(line) as { id: string; relation: string | null; coverage: number | null; duplicate_of: { origin: string } | null };
  if (r.relation === null) unspunKept.add(r.id);
  else {
    unspunDropped.set(r.id, r.relation);
    unspunBy.set(r.id, `${r.duplicate_of?.origin.slice(FILE.length + 1)} (${r.relation}, coverage ${r.coverage})`);
  }
}

// MinHash, greedy in input order: a record is dropped when it resembles a kept one.
const mhStart = process.hrtime.bigint();
const signatures = rows.map((r) => signature(r.text));
const kept: Array<{ id: string; s: Signature }> = [];
const mhKept = new Set<string>();
const mhDropped = new Map<string, string>();
rows.forEach((r, i) => {
  const s = signatures[i];
  const by = s && kept.find((k) => estimate(k.s, s) >= THRESHOLD);
  if (s && by) mhDropped.set(r.id, `${by.id} (Jaccard ~${estimate(by.s, s).toFixed(2)})`);
  else {
    mhKept.add(r.id);
    if (s) kept.push({ id: r.id, s });
  }
});
const mhSeconds = Number(process.hrtime.bigint() - mhStart) / 1e9;

const collapsed = (keptIds: Set<string>) => groups.filter((g) => g.filter((id) => keptIds.has(id)).length === 1).length;
const inGroups = new Set(groups.flat());
const outside = (dropped: Iterable<string>) => [...dropped].filter((id) => !inGroups.has(id)).length;
const both = [...unspunDropped.keys()].filter((id) => mhDropped.has(id)).length;

const s = run.summary;
console.log(
  `unspun dedup --keep ${keep}${workers > 1 ? ` --workers ${workers}` : ""}: ${s.records} records, ${s.kept} kept, ${s.dropped} dropped ` +
    `(${Object.entries(s.droppedBy)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")}), ${s.skipped} skipped; ${seconds.toFixed(1)} s, ${(s.records / seconds).toFixed(1)} records/s`,
);
console.log(`  known exact-duplicate groups collapsed to one record: ${collapsed(unspunKept)} of ${groups.length}`);
console.log(`  dropped records outside the known groups: ${outside(unspunDropped.keys())}`);
console.log(
  `MinHash ${SHINGLE}-word shingles, ${BINS} bins, Jaccard >= ${THRESHOLD}, keep first: ${mhKept.size} kept, ${mhDropped.size} dropped; ` +
    `${mhSeconds.toFixed(2)} s`,
);
console.log(`  known exact-duplicate groups collapsed to one record: ${collapsed(mhKept)} of ${groups.length}`);
console.log(`  dropped records outside the known groups: ${outside(mhDropped.keys())}`);
console.log(`dropped by both: ${both}; by unspun only: ${unspunDropped.size - both}; by MinHash only: ${mhDropped.size - both}`);
const onlyUnspun = [...unspunDropped].filter(([id]) => !mhDropped.has(id));
if (onlyUnspun.length > 0) console.log(`  unspun only, by relation: ${tally(onlyUnspun.map(([, t]) => t))}`);
const title = new Map(rows.map((r) => [r.id, (r as Row & { title?: string }).title ?? ""]));
for (const [id] of onlyUnspun) console.log(`    ${id} → ${unspunBy.get(id)}  "${title.get(id)}"`);
for (const [id, by] of mhDropped) if (!unspunDropped.has(id)) console.log(`  MinHash only: ${id} → ${by}  "${title.get(id)}"`);

function tally(items: string[]): string {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${t} ${n}`).join(", ");
}

/** 5-word shingles of lowercased word tokens, hashed, MinHashed; none for a text under five words. */
function signature(text: string): Signature | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE) return undefined;
  const shingles = new Uint32Array(words.length - SHINGLE + 1);
  for (let i = 0; i < shingles.length; i++) shingles[i] = fnv1a(words.slice(i, i + SHINGLE).join(" "));
  return minhash(shingles, { k: BINS, seed: 0x5eed });
}

/** Estimated Jaccard: the share of equal bins (the signatures are dense). */
function estimate(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < a.k; i++) if (a.values[i] === b.values[i]) same++;
  return same / a.k;
}
