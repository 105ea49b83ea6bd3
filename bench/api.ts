/**
 * npm run bench:api -- [--copies N] [--duration S]: a bounded load test of
 * `unspun serve` on loopback with autocannon, 50 connections, against a corpus
 * built from BBC News: every article plus N generated copies (spun at 15, 30
 * and 50%, two excerpts, translated-like, wrapped), scanned (so relations and
 * stories exist) — over 10,000 documents at the default N = 7. Prints
 * requests/s and p50/p99 latency for document reads (after one read of each
 * document: the first computes and keeps its spin verdict), relation lists,
 * find on a 500-word text (answered on the server's request threads; 429s
 * when their queue is full are counted as non-2xx), which also gets a
 * one-connection figure, a families page, and document reads while ten
 * connections keep the request threads busy with finds.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { lexicon } from "../src/text/index.js";
import { servingAddress } from "../test/helpers/cli.js";
import { excerpt, spun, translatedLike, wrapped } from "./lib/copies.js";
import { machineLine } from "./lib/machine.js";
import { loadBbc } from "./lib/reuse-run.js";
import { rng } from "./lib/rng.js";
import { lexiconHalf } from "./lib/split-lexicon.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const copies = arg("--copies", 7);
const duration = arg("--duration", 15);
const CLI = join(import.meta.dirname, "..", "bin", "unspun.js");
const dir = mkdtempSync(join(tmpdir(), "unspun-api-bench-"));
const db = join(dir, "api.db");

console.log(machineLine());
const random = rng(5);
const spinner = lexiconHalf(lexicon(), 1);
const articles = loadBbc();
const lines: string[] = [];
for (const a of articles) {
  const body = `${a.title}\n\n${a.text}`;
  lines.push(JSON.stringify({ id: a.id, text: body }));
  const made = [
    spun(body, 0.3, spinner, random).text,
    excerpt(a.text, random),
    translatedLike(body, 0.3, spinner, random),
    wrapped(body, "Elsewhere", random),
    spun(body, 0.15, spinner, random).text,
    spun(body, 0.5, spinner, random).text,
    excerpt(a.text, random),
  ];
  for (const [k, text] of made.slice(0, copies).entries()) lines.push(JSON.stringify({ id: `${a.id}~${k}`, text }));
}
writeFileSync(join(dir, "corpus.jsonl"), lines.join("\n"));

const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "--db", db, "-q", ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`unspun ${args[0]} exited ${code}`))));
  });
const started = performance.now();
await run(["scan", join(dir, "corpus.jsonl")]);
console.log(`corpus: ${lines.length.toLocaleString("en")} documents scanned in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const server = spawn(process.execPath, [CLI, "--db", db, "serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const base = await servingAddress(server);

try {
  const list = (await (await fetch(`${base}/api/documents?limit=1000`)).json()) as { documents: Array<{ id: string }> };
  const ids = list.documents.map((d) => d.id);
  const findText = articles
    .map((a) => a.text)
    .find((t) => (t.match(/\S+/g)?.length ?? 0) >= 500)
    ?.split(/\s+/)
    .slice(0, 500)
    .join(" ");
  const load = async (title: string, requests: autocannon.Request[], connections = 50) => {
    const r = await autocannon({ url: base, connections, duration, requests });
    console.log(
      `  ${title.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  (${r.non2xx} non-2xx, ${r.errors} errors)`,
    );
  };
  let turn = 0;
  const rotating = (path: (id: string) => string): autocannon.Request[] => [
    { setupRequest: (req) => ({ ...req, path: path(ids[turn++ % ids.length] as string) }) },
  ];
  console.log(`loopback, 50 connections, ${duration} s each:`);
  await load(
    "GET /api/documents/:id",
    rotating((id) => `/api/documents/${id}`),
  );
  await load(
    "GET /api/documents/:id/relations",
    rotating((id) => `/api/documents/${id}/relations`),
  );
  const find: autocannon.Request[] = [
    { method: "POST", path: "/api/find", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: findText }) },
  ];
  await load("POST /api/find (500-word text)", find);
  await load("POST /api/find, 1 connection", find, 1);
  await load("GET /api/families?limit=50", [{ path: "/api/families?limit=50" }]);
  // Cheap reads while the request pool is busy: 10 connections finding, 40 reading documents, at once.
  const [reads] = await Promise.all([
    autocannon({ url: base, connections: 40, duration, requests: rotating((id) => `/api/documents/${id}`) }),
    autocannon({ url: base, connections: 10, duration, requests: find }),
  ]);
  console.log(
    `  ${"GET /api/documents/:id, 10 finds on".padEnd(34)} ${reads.requests.average.toFixed(0).padStart(6)} req/s  p50 ${reads.latency.p50} ms  p99 ${reads.latency.p99} ms  (${reads.non2xx} non-2xx)  (target p99 ≤ 50 ms)`,
  );
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
