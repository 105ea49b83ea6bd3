/**
 * npm run bench:scale -- --db postgres://… [--workers 1,2] [--docs N]: end to
 * end throughput (ingest, extract, sketch, index, match, store) on synthetic
 * news-length documents, one tenth of them lightly reworded copies, for
 * embedded SQLite (one process) and for PostgreSQL with each number of worker
 * processes, in the same run. Each PostgreSQL run gets a fresh database on
 * the server given; ingest with --enqueue is part of the time.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { machineLine } from "./lib/machine.js";
import { syntheticCorpus } from "./lib/synthetic.js";

const argOf = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const url = argOf("--db") as string;
const docs = Number(argOf("--docs") ?? 100_000);
const workerCounts = (argOf("--workers") ?? "1,2").split(",").map(Number);
const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "unspun.js");

const dir = mkdtempSync(join(tmpdir(), "unspun-scale-out-"));
const input = join(dir, "corpus.jsonl");
const generate = syntheticCorpus(11);
const lines: string[] = [];
for (let i = 0; i < docs; i++) {
  // Every tenth document is a copy of an earlier one with a few words changed, so matching has real work.
  const text =
    i % 10 === 9
      ? generate(i - 5)
          .replace(/\bthe\b/, "a")
          .replace(/\band\b/, "plus")
      : generate(i);
  lines.push(JSON.stringify({ id: `d${i}`, text }));
}
writeFileSync(input, lines.join("\n"));

function cli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "-q", ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`unspun ${args.join(" ")} exited ${code}`))));
  });
}

async function freshDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return url.replace(/\/[^/]*$/, `/${name}`);
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

console.log(machineLine());
console.log(`${docs.toLocaleString("en")} synthetic documents (about 500 words; 10% near-copies), end to end`);
const results: Array<[string, number]> = [];
const sqlite = await timed(() => cli(["--db", join(dir, "bench.db"), "scan", input]));
results.push(["embedded SQLite, 1 process", docs / sqlite]);
console.log(`  ${"embedded SQLite, 1 process".padEnd(34)} ${(docs / sqlite).toFixed(0).padStart(6)} docs/s (${sqlite.toFixed(0)} s)`);
for (const n of workerCounts) {
  const db = await freshDatabase(`unspun_bench_${n}`);
  const ingest = await timed(() => cli(["--db", db, "ingest", "--enqueue", input]));
  const work = await timed(() => Promise.all(Array.from({ length: n }, () => cli(["--db", db, "worker"]))).then(() => undefined));
  const total = ingest + work;
  results.push([`PostgreSQL, ${n} worker(s)`, docs / total]);
  console.log(
    `  ${`PostgreSQL, ${n} worker(s)`.padEnd(34)} ${(docs / total).toFixed(0).padStart(6)} docs/s (${total.toFixed(0)} s: ingest ${ingest.toFixed(0)} s, workers ${work.toFixed(0)} s, ${(docs / work).toFixed(0)} docs/s matching)`,
  );
}
const rate = (label: string) => results.find(([l]) => l.startsWith(label))?.[1] ?? Number.NaN;
console.log(
  `PostgreSQL 1 worker / SQLite: ${(rate("PostgreSQL, 1") / rate("embedded")).toFixed(2)}×; 2 workers / 1 worker: ${(rate("PostgreSQL, 2") / rate("PostgreSQL, 1")).toFixed(2)}×`,
);
rmSync(dir, { recursive: true, force: true });
