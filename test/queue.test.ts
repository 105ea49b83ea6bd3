/**
 * Scale-out workers against a real PostgreSQL server: two workers on one
 * queue process every job exactly once and agree with one worker and with
 * embedded SQLite; a SIGKILLed worker's jobs are taken over; a corrupt record
 * fails after its retries with the error kept; a server restart mid-run is
 * survived.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../bench/lib/synthetic.js";
import type { RelationJson, StoryJson } from "../src/json/index.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { createDatabase, postgresForFile } from "./helpers/pg.js";

const { dir, server: testServer } = postgresForFile("unspun-queue-");

let databases = 0;
const database = () => createDatabase(testServer(), `q${++databases}`);

async function sql<R extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const count = async (url: string, table: string) => Number((await sql<{ n: string }>(url, `SELECT count(*) AS n FROM ${table}`))[0]?.n);

/** 60 synthetic news-length articles, and a lightly reworded copy of every fifth, as JSONL. */
function corpusFile(): string {
  const text = syntheticCorpus(5);
  const articles = Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, text: text(i) }));
  const copies = articles
    .filter((_, i) => i % 5 === 0)
    .map((a) => ({ id: `${a.id}~copy`, title: a.title, text: a.text.replace(/\bthe\b/g, "a") }));
  const file = join(dir, "corpus.jsonl");
  writeFileSync(file, [...articles, ...copies].map((d) => JSON.stringify(d)).join("\n"));
  return file;
}

function startWorker(url: string, args: string[] = []): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "run.ts"), "--db", url, "worker", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  return { child, done: new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr }))) };
}

const pairs = (rs: RelationJson[]) => rs.map((r) => `${r.a.id} ${r.b.id} ${r.type} ${r.coverage.a} ${r.coverage.b}`).sort();

async function scanned(db: string, file: string): Promise<{ relations: RelationJson[]; stories: StoryJson[] }> {
  const r = await runCli(["--db", db, "--json", "scan", file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}
const relationsOf = async (db: string, file: string) => (await scanned(db, file)).relations;
const storiesOf = async (db: string, file: string) =>
  (await scanned(db, file)).stories
    .map((s) =>
      s.members
        .map((m) => m.id)
        .sort()
        .join(","),
    )
    .sort();

describe("workers on one queue", () => {
  const file = corpusFile();

  it("process every job exactly once, with the results of one worker and of embedded SQLite", async () => {
    const [two, one] = [await database(), await database()];
    for (const url of [two, one]) expect((await runCli(["--db", url, "-q", "ingest", "--enqueue", file])).code).toBe(0);
    const workers = [startWorker(two), startWorker(two)];
    const results = await Promise.all(workers.map((w) => w.done));
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const jobs = await sql<{ state: string; attempts: number }>(two, "SELECT state, attempts FROM jobs");
    // One job per stored document (the dataset's exact duplicates are stored once).
    expect(jobs).toHaveLength(await count(two, "documents"));
    expect(jobs.length).toBeGreaterThan(60);
    expect(jobs.every((j) => j.state === "done" && j.attempts === 1)).toBe(true);
    const perWorker = results.map((r) => Number(/worker done: (\d+) done/.exec(r.stderr)?.[1]));
    expect(perWorker.reduce((a, b) => a + b, 0)).toBe(jobs.length);

    expect((await startWorker(one).done).code).toBe(0);
    const [byTwo, byOne, bySqlite] = [
      await relationsOf(two, file),
      await relationsOf(one, file),
      await relationsOf(join(dir, "q.db"), file),
    ];
    expect(pairs(byTwo)).toEqual(pairs(byOne));
    expect(pairs(byTwo)).toEqual(pairs(bySqlite));
    // One worker places documents in stories in queue order, as a scan does in input order.
    expect(await storiesOf(one, file)).toEqual(await storiesOf(join(dir, "q.db"), file));
    expect((await storiesOf(one, file)).length).toBeGreaterThan(10);
    expect(byTwo.filter((r) => r.type !== "same-story").length).toBeGreaterThanOrEqual(8);
  }, 240_000);

  it("finish the jobs of a SIGKILLed worker once its lease runs out, losing and duplicating nothing", async () => {
    const url = await database();
    expect((await runCli(["--db", url, "-q", "ingest", "--enqueue", file])).code).toBe(0);
    const doomed = startWorker(url, ["--concurrency", "4", "--lease-seconds", "2"]);
    for (let i = 0; i < 200; i++) {
      const [row] = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM jobs WHERE state = 'done'");
      if (Number(row?.n) >= 8) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    doomed.child.kill("SIGKILL");
    await doomed.done;
    const held = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM jobs WHERE state <> 'done'");
    expect(Number(held[0]?.n)).toBeGreaterThan(0);

    expect((await startWorker(url).done).code).toBe(0);
    const jobs = await sql<{ state: string }>(url, "SELECT state FROM jobs");
    expect(jobs.every((j) => j.state === "done")).toBe(true);
    expect(await count(url, "sketches")).toBe(await count(url, "documents"));
    expect(await count(url, "jobs")).toBe(await count(url, "documents"));
    expect(pairs(await relationsOf(url, file))).toEqual(pairs(await relationsOf(join(dir, "kill.db"), file)));
  }, 240_000);

  it("mark a job failed with its error after its retries, and show it in jobs", async () => {
    const url = await database();
    expect((await runCli(["--db", url, "-q", "ingest", "--enqueue", join(ROOT, "test", "fixtures", "despin")])).code).toBe(0);
    // A record corrupted in the database: its article is not JSON.
    await sql(
      url,
      "INSERT INTO documents SELECT 'ffffffffffffffff', origin, format, status, title, site, date, date_confidence, words, bytes, ingested_at, '{broken', raw FROM documents LIMIT 1",
    );
    await sql(url, "INSERT INTO jobs (doc) VALUES ('ffffffffffffffff')");
    const r = await startWorker(url, ["--max-attempts", "2"]).done;
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ffffffffffffffff: attempt 1 failed .*will retry/);
    expect(r.stderr).toMatch(/ffffffffffffffff: attempt 2 failed .*giving up/);
    const jobs = await runCli(["--db", url, "--json", "jobs"]);
    const parsed = JSON.parse(jobs.stdout);
    expect(parsed).toMatchObject({ done: 2, failed: 1, queued: 0, running: 0 });
    expect(parsed.failedJobs[0]).toMatchObject({ document: { id: "ffffffffffffffff" }, attempts: 2 });
    expect(parsed.failedJobs[0].error).toMatch(/JSON/);
  }, 120_000);

  it("survive the server restarting mid-run: the worker reconnects and finishes", async () => {
    const url = await database();
    expect((await runCli(["--db", url, "-q", "ingest", "--enqueue", file])).code).toBe(0);
    const worker = startWorker(url, ["--concurrency", "2"]);
    for (let i = 0; i < 200; i++) {
      const [row] = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM jobs WHERE state = 'done'");
      if (Number(row?.n) >= 4) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await testServer().bounce(1);
    const r = await worker.done;
    expect(r.stderr).toMatch(/lost the database connection/);
    expect(r.code).toBe(0);
    const jobs = await sql<{ state: string }>(url, "SELECT state FROM jobs");
    expect(jobs.every((j) => j.state === "done")).toBe(true);
  }, 240_000);
});
