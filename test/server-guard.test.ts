/**
 * A server that one request cannot stall and no web page can write to, on
 * real servers over loopback: `unspun serve` for the browser-origin rules,
 * and the API with a request pool of real threads for deadlines and the
 * queue. Families are paged over a store of 20,000 documents, and the query
 * that finds them is checked by its plan (a covering index), not its time.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COPY_TYPES, Corpus, RequestPool } from "../src/index.js";
import { MAX_REQUEST_TEXT_CHARS } from "../src/server/app.js";
import { buildApi } from "../src/server/index.js";
import { COPY_LINKS_SQL } from "../src/store/sqlite.js";
import { runCli, servingAddress, startCli } from "./helpers/cli.js";
import { doc } from "./helpers/stored-doc.js";
import { SEEDS } from "./helpers/tmp.js";

const dir = mkdtempSync(join(tmpdir(), "unspun-guard-"));
const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[0] as string), "utf8");

/** One HTTP request with exactly the headers given (fetch will not send a `Host` of our choosing). */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = "",
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  // The path goes as given: a URL object would resolve "/assets/.." before it is sent.
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("unspun serve refuses other sites and other hosts", () => {
  let server: ChildProcess;
  let base: string;
  beforeAll(async () => {
    server = startCli(["--db", join(dir, "serve.db"), "serve", "--create", "--port", "0", "--allowed-host", "unspun.internal"]);
    base = await servingAddress(server);
  }, 60_000);
  afterAll(() => {
    server?.kill("SIGTERM");
  });
  const host = () => new URL(base).host;
  const count = async () => JSON.parse((await send(base, "GET", "/api/stats", { host: host() })).body).documents as number;

  it("refuses a cross-origin text/plain write, token or not, and stores nothing", async () => {
    const before = await count();
    const evil = await send(
      base,
      "POST",
      "/api/documents/raw",
      { host: host(), origin: "https://evil.example", "content-type": "text/plain" },
      seed,
    );
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error).toBe("cross-origin");
    const marked = await send(
      base,
      "POST",
      "/api/documents/raw",
      { host: host(), "sec-fetch-site": "cross-site", "content-type": "text/plain" },
      seed,
    );
    expect(marked.status).toBe(403);
    expect(await count()).toBe(before);
    // The same write from a tool (no Origin, no Sec-Fetch-Site) goes through.
    const tool = await send(base, "POST", "/api/documents/raw", { host: host(), "content-type": "text/plain" }, seed);
    expect(tool.status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it("answers loopback names and allowed hosts, and refuses a foreign Host", async () => {
    const port = new URL(base).port;
    const foreign = await send(base, "GET", "/api/stats", { host: `rebound.example:${port}` });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error).toBe("host-not-allowed");
    for (const name of [`localhost:${port}`, `127.0.0.1:${port}`, `unspun.internal:${port}`]) {
      expect((await send(base, "GET", "/api/stats", { host: name })).status).toBe(200);
    }
  });

  it("exits 2 on a port out of range and 1, with a reason, on a port in use, instead of hanging", async () => {
    const range = await runCli(["--db", join(dir, "serve.db"), "serve", "--port", "99999"]);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/expected a port from 0 to 65535/);
    const taken = await runCli(["--db", join(dir, "serve.db"), "serve", "--port", new URL(base).port]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/cannot listen/);
  }, 60_000);

  it("answers 404 for directory paths under /assets and 400 for offsets past any corpus", async () => {
    for (const path of ["/assets/..", "/assets/%2e%2e", "/assets/.hidden"]) {
      expect((await send(base, "GET", path, { host: host() })).status).toBe(404);
    }
    expect((await send(base, "GET", "/api/documents?offset=1e308", { host: host() })).status).toBe(400);
  });
});

describe("costly requests under budgets", () => {
  let location: string;
  let corpus: Corpus;
  beforeAll(async () => {
    location = join(dir, "budget.db");
    corpus = Corpus.open(location);
    const texts = readdirSync(SEEDS).map((f) => join(SEEDS, f));
    await corpus.scan(texts);
  }, 60_000);
  afterAll(async () => {
    await corpus.close();
  });

  async function serving(pool: RequestPool) {
    const app = await buildApi({ corpus, pool });
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return {
      base: address,
      close: async () => {
        await app.close();
        await pool.close();
      },
    };
  }

  it("answers a compare of texts over the limit with 413 at once", async () => {
    const s = await serving(new RequestPool(location, { threads: 1 }));
    try {
      const big = "word ".repeat(MAX_REQUEST_TEXT_CHARS / 5 + 1);
      const body = JSON.stringify({ textA: big, textB: seed });
      const r = await send(s.base, "POST", "/api/compare", { host: new URL(s.base).host, "content-type": "application/json" }, body);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body).error).toBe("text-too-large");
    } finally {
      await s.close();
    }
  });

  it("answers a find past its deadline with 503, while a document read goes on", async () => {
    const s = await serving(new RequestPool(location, { threads: 1, deadlineMs: 1 }));
    try {
      const h = { host: new URL(s.base).host, "content-type": "application/json" };
      const id = (await corpus.list({ limit: 1 }))[0]?.id as string;
      const finding = send(s.base, "POST", "/api/find", h, JSON.stringify({ text: seed }));
      const read = await send(s.base, "GET", `/api/documents/${id}`, { host: h.host });
      expect(read.status).toBe(200);
      const found = await finding;
      expect(found.status).toBe(503);
      expect(JSON.parse(found.body).error).toBe("deadline");
    } finally {
      await s.close();
    }
  });

  it("answers finds on the pool's threads, and refuses one more than the queue holds with 429 and Retry-After", async () => {
    const s = await serving(new RequestPool(location, { threads: 1, queue: 0 }));
    try {
      const h = { host: new URL(s.base).host, "content-type": "application/json" };
      const first = send(s.base, "POST", "/api/find", h, JSON.stringify({ text: seed }));
      const second = await send(s.base, "POST", "/api/find", h, JSON.stringify({ text: seed }));
      expect(second.status).toBe(429);
      expect(second.headers["retry-after"]).toBe("1");
      const answered = await first;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body).relations.length).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});

describe("families on a large store", () => {
  const FAMILIES = 10_000;
  let location: string;
  let corpus: Corpus;
  beforeAll(async () => {
    location = join(dir, "large.db");
    corpus = Corpus.open(location);
    const id = (n: number) => `d${String(n).padStart(7, "0")}`;
    const docs = Array.from({ length: FAMILIES * 2 }, (_, n) => doc(id(n)));
    await corpus.store.putDocuments(docs);
    const evidence = {
      passages: 1,
      reusedSentences: 1,
      alignedWords: 40,
      proseWords: 40,
      identical: 40,
      substitutions: {},
      inserted: 0,
      deleted: 0,
      identity: 1,
      sharedNames: 1,
      figureConflicts: 0,
      sharedQuotes: { count: 0, words: 0, quotes: [] },
      notes: [],
    };
    const relations = Array.from({ length: FAMILIES }, (_, f) => ({
      a: id(2 * f),
      b: id(2 * f + 1),
      type: "duplicate",
      coverageA: 1,
      coverageB: 1,
      confidence: 1,
      detail: { passages: [], evidence, drift: [] },
      substitutions: [],
    }));
    await corpus.store.putRelations(relations);
  }, 120_000);
  afterAll(async () => {
    await corpus.close();
  });

  it("reads the pairs that make families through a covering index, not the relations' details", () => {
    const db = new Database(location, { readonly: true });
    try {
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${COPY_LINKS_SQL}`).all(JSON.stringify([...COPY_TYPES])) as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING COVERING INDEX relations_type/);
    } finally {
      db.close();
    }
  });

  it("pages every family once, in order, with the total", async () => {
    const app = await buildApi({ corpus });
    try {
      const seen: string[] = [];
      for (const offset of [0, 1000, FAMILIES - 3]) {
        const r = await app.inject({ method: "GET", url: `/api/families?offset=${offset}&limit=3` });
        expect(r.statusCode).toBe(200);
        const body = r.json() as { total: number; families: Array<{ members: string[] }> };
        expect(body.total).toBe(FAMILIES);
        expect(body.families.map((f) => f.members)).toEqual(
          [0, 1, 2].map((k) => [`d${String(2 * (offset + k)).padStart(7, "0")}`, `d${String(2 * (offset + k) + 1).padStart(7, "0")}`]),
        );
        seen.push(...body.families.map((f) => f.members[0] as string));
      }
      expect(new Set(seen).size).toBe(9);
      const past = await app.inject({ method: "GET", url: `/api/families?offset=${FAMILIES}&limit=3` });
      expect((past.json() as { families: unknown[] }).families).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
