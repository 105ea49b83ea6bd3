/**
 * npm run bench:scale -- [--docs N]: sketch + index throughput, find-copies
 * latency and memory on synthetic news-length documents, at 10k, 100k and
 * 1M documents (up to N). Sketch + index is the ingest-side hot path:
 * analysis (tokens, lemmas, classes, numbers), the three views' MinHash
 * signatures and LSH band keys, and insertion into the in-memory band index.
 * A find-copies query is the same for one document plus the index lookup.
 * With `--db postgres://…`, end-to-end scale-out figures instead (scale-out.ts).
 */
import { MAX_KEY_DOCUMENTS } from "../src/corpus/corpus-index.js";
import { BandIndex } from "../src/index/index.js";
import { sketch } from "../src/sketch/index.js";
import { analyze } from "../src/text/index.js";
import { machineLine } from "./lib/machine.js";
import { syntheticCorpus } from "./lib/synthetic.js";

// With a PostgreSQL server, measure scale-out end to end instead (bench/scale-out.ts).
if (process.argv.includes("--db")) {
  await import("./scale-out.js");
  process.exit(0);
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg("--docs", 100_000);
const checkpoints = [10_000, 100_000, 1_000_000].filter((n) => n <= total);
if (!checkpoints.includes(total)) checkpoints.push(total);
const QUERIES = 1000;

console.log(machineLine());
const generate = syntheticCorpus(7);
const keysOf = (text: string) => sketch(analyze(text)).keys.map((k) => k.key);
keysOf(generate(0));
const index = new BandIndex();
const baseline = process.memoryUsage().rss;
let words = 0;
let done = 0;
let elapsed = 0;
for (const target of checkpoints) {
  const start = process.hrtime.bigint();
  for (; done < target; done++) {
    const text = generate(done);
    if (done < 2000) words += text.split(/\s+/).length;
    index.insert(done, keysOf(text));
  }
  elapsed += Number(process.hrtime.bigint() - start) / 1e9;
  const latencies: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const text = generate(Math.floor((q * 7919) % done));
    const t = process.hrtime.bigint();
    index.query(keysOf(text), MAX_KEY_DOCUMENTS);
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  latencies.sort((a, b) => a - b);
  const rss = process.memoryUsage().rss;
  console.log(
    `${String(done).padStart(8)} docs: ${(done / elapsed).toFixed(0)} docs/s sketch+index (one core), find-copies p50 ${latencies[Math.floor(QUERIES * 0.5)]?.toFixed(2)} ms p99 ${latencies[Math.floor(QUERIES * 0.99)]?.toFixed(2)} ms, RSS ${(rss / 2 ** 20).toFixed(0)} MiB (${((rss - baseline) / done).toFixed(0)} B/doc), index ${(index.bytes / 2 ** 20).toFixed(0)} MiB, ${(index.size / done).toFixed(0)} keys/doc`,
  );
}
console.log(`documents average ${(words / Math.min(done, 2000)).toFixed(0)} words`);
