/**
 * The shells are thin: `scan`, `serve` (documents posted to the API) and
 * `report` (the views it embeds) run the library's one pipeline, so on the
 * same inputs they give the same relations, families and stories — on the
 * bundled pages, and on a slice of real BBC articles with paragraph mixes.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, servingAddress, startCli } from "./helpers/cli.js";
import { haveData, SHARED_DATA } from "./helpers/data.js";
import { SEEDS, WIRE_SIBLINGS } from "./helpers/tmp.js";

// biome-ignore lint/suspicious/noExplicitAny: scan, API and report JSON, compared field by field.
type Json = any;
const dir = mkdtempSync(join(tmpdir(), "unspun-shells-"));
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

/**
 * What must agree: each relation's pair, type and coverage; family members and roots; story members.
 * The CLI prints the JSON vocabulary of docs/json.md (documents as `{id, origin, title}`); the API
 * answers with the library's own shapes (ids), so both are read down to ids here.
 */
function essence(relations: Json[], families: Json[], stories: Json[]) {
  const id = (x: Json) => (typeof x === "string" ? x : x.id);
  const root = (f: Json) =>
    typeof f.root === "string"
      ? f.root.replace(/^missing:.*/, "missing")
      : (f.root?.id ?? (f.missingOriginal ? "missing" : "undetermined"));
  const coverage = (r: Json) => (r.coverage ? [r.coverage.a, r.coverage.b] : [r.coverageA, r.coverageB]);
  return {
    relations: relations.map((r) => `${id(r.a)} ${id(r.b)} ${r.type} ${coverage(r).join(" ")}`).sort(),
    families: families.map((f) => `${root(f)} ${f.members.map(id).sort().join(",")}`).sort(),
    stories: stories.map((s) => s.members.map(id).sort().join(",")).sort(),
  };
}

/** Every record the inputs hold, as the API takes them: the texts of the files, and JSONL records as they are. */
function records(inputs: string[]): Json[] {
  return inputs.flatMap((input) =>
    input.endsWith(".jsonl")
      ? readFileSync(input, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : readdirSync(input)
          .sort()
          .map((f) => ({ text: readFileSync(join(input, f), "utf8") })),
  );
}

async function viaScan(inputs: string[]) {
  const r = await runCli(["--db", join(dir, `scan-${servers.length}.db`), "--json", "scan", ...inputs]);
  expect(r.code).toBe(0);
  const s = JSON.parse(r.stdout);
  return essence(s.relations, s.families, s.stories);
}

async function viaServe(inputs: string[]) {
  const server = startCli(["--db", join(dir, `serve-${servers.length}.db`), "serve", "--create", "--port", "0"]);
  servers.push(server);
  const base = await servingAddress(server);
  const posted = await fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ documents: records(inputs) }),
  });
  expect(posted.status).toBe(200);
  const { ids } = (await posted.json()) as { ids: string[] };
  const relations = new Map<string, Json>();
  for (const id of ids) {
    const { relations: rs } = (await (await fetch(`${base}/api/documents/${id}/relations`)).json()) as Json;
    for (const r of rs) relations.set(`${r.a} ${r.b}`, r);
  }
  const families: Json[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = ((await (await fetch(`${base}/api/families?limit=1000&offset=${offset}`)).json()) as Json).families;
    families.push(...page);
    if (page.length < 1000) break;
  }
  const { stories } = (await (await fetch(`${base}/api/stories`)).json()) as Json;
  return essence([...relations.values()], families, stories);
}

async function viaReport(inputs: string[]) {
  const html = join(dir, `report-${servers.length}.html`);
  // No store named: the report scans in memory.
  const r = await runCli(["report", ...inputs, "--html", html]);
  expect(r.code).toBe(0);
  const data = /<script type="application\/json" id="unspun-data">(.*?)<\/script>/s.exec(readFileSync(html, "utf8"))?.[1] as string;
  const responses = JSON.parse(data).responses as Record<string, Json>;
  const relations = new Map<string, Json>();
  for (const [key, value] of Object.entries(responses))
    if (/^GET \/api\/documents\/[^/]+\/relations$/.test(key)) for (const rel of value.relations) relations.set(`${rel.a} ${rel.b}`, rel);
  const stories = responses["GET /api/stories"].stories;
  const families = stories.flatMap((s: Json) => responses[`GET /api/stories/${encodeURIComponent(s.id)}`]?.families ?? []);
  return essence([...relations.values()], families, stories);
}

describe("scan, serve and report agree", () => {
  it("on the bundled pages and fixtures", async () => {
    const inputs = [SEEDS, WIRE_SIBLINGS, join("test", "fixtures", "despin")];
    const scanned = await viaScan(inputs);
    expect(scanned.relations.length).toBeGreaterThan(5);
    expect(scanned.families.length).toBeGreaterThan(1);
    expect(await viaServe(inputs)).toEqual(scanned);
    expect(await viaReport(inputs)).toEqual(scanned);
  }, 180_000);

  it("on 150 BBC articles and 50 paragraph mixes of them", async () => {
    const bbc = join(SHARED_DATA, "bbc-news", "bbc.jsonl");
    if (!haveData("a BBC slice for the shells' parity", bbc)) return;
    const articles = readFileSync(bbc, "utf8")
      .split("\n")
      .filter(Boolean)
      .slice(0, 150)
      .map((l) => JSON.parse(l).text as string);
    const paragraphs = articles.flatMap((t) => t.split("\n\n").filter((p) => p.trim()));
    // Deterministic mixes of three paragraphs each: partial reuse across articles.
    const mixes = Array.from({ length: 50 }, (_, i) =>
      [0, 1, 2].map((k) => paragraphs[(i * 37 + k * 101) % paragraphs.length]).join("\n\n"),
    );
    const file = join(dir, "bbc-slice.jsonl");
    writeFileSync(file, [...articles, ...mixes].map((text, i) => JSON.stringify({ id: `d${i}`, text })).join("\n"));
    const scanned = await viaScan([file]);
    expect(scanned.relations.filter((r) => !r.includes("same-story")).length).toBeGreaterThan(20);
    expect(await viaServe([file])).toEqual(scanned);
    expect(await viaReport([file])).toEqual(scanned);
  }, 300_000);
});
