/**
 * The HTTP API against a real server on loopback (`unspun serve`): every
 * endpoint on the seed pages, auth refused and accepted, an oversized body,
 * bad JSON, unknown ids and routes, the security headers, and the refusal to
 * serve a network interface without a token.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, servingAddress, startCli } from "./helpers/cli.js";
import { SEEDS } from "./helpers/tmp.js";

const TOKEN = "test-token-7c1f";
// biome-ignore lint/suspicious/noExplicitAny: the tests read response JSON field by field and assert on it.
type Json = any;
const json = async (r: Response | Promise<Response>): Promise<Json> => (await r).json();
const dir = mkdtempSync(join(tmpdir(), "unspun-api-"));
let server: ChildProcess;
let base: string;

beforeAll(async () => {
  server = startCli(["--db", join(dir, "api.db"), "serve", "--create", "--port", "0", "--token", TOKEN, "--max-body", "200000"]);
  base = await servingAddress(server);
}, 60_000);
afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

const api = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  api(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const auth = { authorization: `Bearer ${TOKEN}` };
const seeds = readdirSync(SEEDS)
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(SEEDS, f), "utf8") }));

describe("HTTP API", () => {
  let ids: string[];
  beforeAll(async () => {
    const r = await post("/api/documents", { documents: seeds }, auth);
    expect(r.status).toBe(200);
    ids = (await json(r)).ids;
  }, 120_000);
  const idOf = (prefix: string) => ids[seeds.findIndex((s) => s.id === prefix)] as string;

  it("refuses writes without the token, and accepts them with it", async () => {
    expect((await post("/api/documents", { documents: [{ text: "A short note." }] })).status).toBe(401);
    expect((await post("/api/documents", { documents: [{ text: "A short note." }] }, { authorization: "Bearer wrong" })).status).toBe(401);
    const ok = await post("/api/documents", { documents: seeds.slice(0, 1) }, auth);
    expect(await json(ok)).toMatchObject({ inserted: 0, existing: 1 });
  });

  it("ingests a raw text/plain body", async () => {
    const r = await api("/api/documents/raw", {
      method: "POST",
      headers: { "content-type": "text/plain", ...auth },
      body: "Farmers in the valley said the late frost had ruined most of the apricot harvest this spring.",
    });
    expect(r.status).toBe(200);
    expect((await json(r)).ids).toHaveLength(1);
  });

  it("lists documents with pagination, and counts them", async () => {
    const all = await json(api("/api/documents?limit=100"));
    expect(all.total).toBe(6);
    const page = await json(api("/api/documents?limit=2&offset=1"));
    expect(page.documents).toHaveLength(2);
    expect(page.documents[0].id).toBe(all.documents[1].id);
    expect((await api("/api/documents?limit=0")).status).toBe(400);
  });

  it("searches, filters and sorts the listing over the whole corpus, and says how many match", async () => {
    const all = await json(api("/api/documents?limit=100"));
    // Verdicts and copies are listed for every document: judged when ingested, counted in the store.
    expect(all.documents.every((d: Json) => ["spun", "uncertain", "clean"].includes(d.spin))).toBe(true);
    expect(all.documents.filter((d: Json) => d.spin === "spun")).toHaveLength(3);
    const spun = await json(api("/api/documents?spin=spun&limit=2"));
    expect(spun).toMatchObject({ total: 3, corpus: 6 });
    expect(spun.documents.map((d: Json) => d.spin)).toEqual(["spun", "spun"]);
    const copies = await json(api("/api/documents?copies=true"));
    expect(copies.documents.map((d: Json) => d.id).sort()).toEqual(["000", "001", "002", "004"].map(idOf).sort());
    const title = all.documents.find((d: Json) => d.id === idOf("003")).title as string;
    const found = await json(api(`/api/documents?q=${encodeURIComponent(title.toUpperCase())}`));
    expect(found.documents.map((d: Json) => d.id)).toContain(idOf("003"));
    expect(found.total).toBe(found.documents.length);
    const byWords = await json(api("/api/documents?sort=words&order=desc"));
    const words = byWords.documents.map((d: Json) => d.words);
    expect(words).toEqual([...words].sort((x: number, y: number) => y - x));
    const byCopies = await json(api("/api/documents?sort=copies&order=desc&limit=1"));
    expect(byCopies.documents[0].copies).toBe(Math.max(...all.documents.map((d: Json) => d.copies)));
    expect((await api("/api/documents?sort=bogus")).status).toBe(400);
    expect((await api("/api/documents?spin=maybe")).status).toBe(400);
  });

  it("sums up the corpus: documents, copies by type, families, spin verdicts, stories", async () => {
    const summary = await json(api("/api/summary"));
    expect(summary).toMatchObject({ documents: 6, families: 2, unjudged: 0, spin: { spun: 3 } });
    expect(summary.copies.paraphrase).toBeGreaterThan(0);
    expect(summary.relations["same-story"]).toBeGreaterThan(0);
    expect(summary.copies["same-story"]).toBeUndefined();
    expect(summary.largestStories[0].members).toBe(5);
  });

  it("gets one document with its spin spans, and says 404 or 400 for bad ids", async () => {
    const r = await api(`/api/documents/${idOf("000")}`);
    expect(r.status).toBe(200);
    const doc = await json(r);
    expect(doc.article.id).toBe(idOf("000"));
    expect(doc.spin.verdict).toBe("spun");
    expect(doc.spin.spans.length).toBeGreaterThan(5);
    const missing = await api("/api/documents/0000000000000000");
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ error: "not-found" });
    expect((await api("/api/documents/ab")).status).toBe(400);
  });

  it("lists a document's relations", async () => {
    const { relations } = await json(api(`/api/documents/${idOf("001")}/relations`));
    expect(relations.some((r: { type: string }) => r.type === "paraphrase")).toBe(true);
  });

  it("compares two stored documents or two posted texts", async () => {
    const byId = await json(post("/api/compare", { a: idOf("001"), b: idOf("002") }));
    expect(byId.relation.type).toBe("paraphrase");
    expect(byId.relation.passages.length).toBeGreaterThan(0);
    expect(byId.substitutions.length).toBeGreaterThan(0);
    expect(byId.drift.length).toBeGreaterThan(0);
    const byText = await json(post("/api/compare", { textA: seeds[4]?.text, textB: seeds[4]?.text }));
    expect(byText.relation.type).toBe("duplicate");
    expect((await post("/api/compare", { a: idOf("001") })).status).toBe(400);
  });

  it("finds where a posted text comes from", async () => {
    const { relations } = await json(post("/api/find", { text: seeds[1]?.text }));
    expect(relations.some((r: { a: string; b: string }) => [r.a, r.b].includes(idOf("002")))).toBe(true);
  });

  it("lists stories and families, and gets one story", async () => {
    const { stories } = await json(api("/api/stories"));
    const story = stories.find((s: { members: string[] }) => s.members.includes(idOf("001")));
    expect(story.members).toHaveLength(5);
    const one = await json(api(`/api/stories/${encodeURIComponent(story.id)}`));
    expect(one.documents).toHaveLength(5);
    expect(one.families.map((f: { members: string[] }) => f.members.length)).toEqual([2, 2]);
    expect((await api("/api/stories/s:nothere")).status).toBe(404);
    const { families } = await json(api("/api/families"));
    expect(families.length).toBe(2);
    const stats = await json(api("/api/stats"));
    expect(stats).toMatchObject({ documents: 6 });
  });

  it("sees what another process scanned into its store, without a restart", async () => {
    const other = join(dir, "other");
    mkdirSync(other);
    // Seed 004 without its first two paragraphs: an excerpt of a stored text, scanned by a second process.
    const trimmed = (seeds[4]?.text ?? "")
      .split(/\n\s*\n/)
      .slice(2)
      .join("\n\n");
    writeFileSync(join(other, "trimmed.txt"), trimmed);
    const before = (await json(api("/api/stats"))).documents;
    const scan = await runCli(["--db", join(dir, "api.db"), "--json", "scan", other]);
    expect(scan.code).toBe(0);
    const added = JSON.parse(scan.stdout).documents.find((d: Json) => d.origin.endsWith("trimmed.txt")).id;
    expect((await json(api("/api/stats"))).documents).toBe(before + 1);
    const found = await json(post("/api/find", { text: seeds[4]?.text }));
    expect(found.relations.map((r: Json) => r.b === added || r.a === added)).toContain(true);
    const { stories } = await json(api("/api/stories"));
    expect(stories.some((s: Json) => s.members.includes(added) && s.members.includes(idOf("004")))).toBe(true);
  }, 120_000);

  it("answers bad JSON, oversized bodies and unknown routes with JSON errors", async () => {
    const bad = await api("/api/find", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toBeTruthy();
    const big = await post("/api/find", { text: "word ".repeat(60_000) });
    expect(big.status).toBe(413);
    expect(await json(big)).toMatchObject({ error: "body-too-large" });
    const nowhere = await api("/api/nowhere");
    expect(nowhere.status).toBe(404);
    expect(await json(nowhere)).toMatchObject({ error: "not-found" });
  });

  it("sends a strict Content-Security-Policy and an OpenAPI document from the same schemas", async () => {
    const r = await api("/api/stats");
    expect(r.headers.get("content-security-policy")).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    const spec = await json(api("/openapi.json"));
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/documents", "/api/documents/{id}", "/api/compare", "/api/find", "/api/stories"]),
    );
  });
});

describe("unspun serve", () => {
  it("refuses a non-loopback interface without a token", async () => {
    const r = await runCli(["--db", join(dir, "refuse.db"), "serve", "--host", "0.0.0.0", "--port", "0"], { env: { UNSPUN_TOKEN: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to serve on 0\.0\.0\.0 without a token/);
  });
});
