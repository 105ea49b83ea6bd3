/**
 * npm run bench:scan -- [--docs 5000,20000] [--workers 1,2]: the main job end
 * to end (`Corpus.scan`, what `unspun scan` runs) on the first N documents of
 * the BBC paragraph-mix corpus, into a fresh SQLite store: docs/s, relations
 * and families found, peak RSS and database size. One process per run, so
 * each starts cold and its peak RSS is its own.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus, VerifyPool } from "../src/index.js";
import { bbcMixCorpus } from "./lib/bbc-mix.js";
import { machineLine } from "./lib/machine.js";

const argv = process.argv.slice(2);
const list = (name: string, fallback: string) =>
  (argv.includes(name) ? (argv[argv.indexOf(name) + 1] as string) : fallback).split(",").map(Number);

if (argv[0] === "--run") {
  // One measured run, in its own process: --run <jsonl> <workers>.
  const [, file, workers] = argv as [string, string, string];
  const dir = mkdtempSync(join(tmpdir(), "unspun-bench-scan-"));
  const db = join(dir, "scan.db");
  const corpus = Corpus.open(db);
  const pool = Number(workers) > 1 ? new VerifyPool(db, Number(workers)) : undefined;
  const start = process.hrtime.bigint();
  const result = await corpus.scan([file], pool ? { verify: pool } : {});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await pool?.close();
  await corpus.close();
  const bytes = statSync(db).size;
  rmSync(dir, { recursive: true, force: true });
  const types = new Map<string, number>();
  for (const r of result.relations) types.set(r.type, (types.get(r.type) ?? 0) + 1);
  console.log(
    JSON.stringify({
      seconds,
      documents: result.summary.documents,
      relations: result.relations.length,
      types: Object.fromEntries(types),
      families: result.families.length,
      stories: result.stories.length,
      rssMiB: process.resourceUsage().maxRSS / 1024,
      dbMiB: bytes / 2 ** 20,
    }),
  );
  process.exit(0);
}

console.log(machineLine());
const lines = readFileSync(bbcMixCorpus(), "utf8").split("\n").filter(Boolean);
for (const n of list("--docs", "5000,20000")) {
  const file = join(tmpdir(), `unspun-bbc-mix-${n}.jsonl`);
  writeFileSync(file, `${lines.slice(0, n).join("\n")}\n`);
  for (const workers of list("--workers", "1,2")) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, "--run", file, String(workers)], {
      encoding: "utf8",
      maxBuffer: 2 ** 26,
    });
    const r = JSON.parse(out.trim().split("\n").at(-1) as string);
    console.log(
      `${String(n).padStart(6)} docs, ${workers} worker(s): ${(r.documents / r.seconds).toFixed(0)} docs/s (${r.seconds.toFixed(1)} s); ${r.relations} relations ${JSON.stringify(r.types)}, ${r.families} families, ${r.stories} stories; RSS ${r.rssMiB.toFixed(0)} MiB, database ${r.dbMiB.toFixed(0)} MB`,
    );
  }
}
