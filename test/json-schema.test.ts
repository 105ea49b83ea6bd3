/**
 * One JSON vocabulary: the published schema (schema/unspun.schema.json) is
 * the one the code builds, and every command's `--json` output, run as a
 * user runs it, validates against its `$defs/output-<command>`: closed
 * objects, so a field added or renamed without the schema fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonSchemaDocument } from "../src/json/publish.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { createDatabase, postgresForFile } from "./helpers/pg.js";
import { SEEDS, tempDir } from "./helpers/tmp.js";

const published = JSON.parse(readFileSync(join(ROOT, "schema", "unspun.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(published);
const seed = (n: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(n)) as string);

/** Each stdout line of `unspun --json <args>`, parsed, after checking the command succeeded. */
async function jsonLines(args: string[]): Promise<unknown[]> {
  const r = await runCli(["--json", ...args]);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.split("\n").filter((l) => l.trim() !== "");
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((l) => JSON.parse(l));
}

function expectValid(command: string, values: unknown[]): void {
  const validate = ajv.getSchema(`${published.$id}#/$defs/output-${command}`);
  if (!validate) throw new Error(`no schema for ${command}`);
  for (const v of values) {
    const ok = validate(v);
    expect(ok ? [] : validate.errors?.slice(0, 5), `${command} --json`).toEqual([]);
  }
}

/** Numbers as printed: no float with more than three decimals anywhere. */
function longestDecimals(values: unknown[]): number {
  let most = 0;
  JSON.stringify(values, (_k, v) => {
    if (typeof v === "number" && !Number.isInteger(v)) most = Math.max(most, String(v).split(".")[1]?.length ?? 0);
    return v;
  });
  return most;
}

describe("the published JSON Schema", () => {
  it("is the one the code builds (run npm run build:schema after changing a shape)", () => {
    expect(published).toEqual(jsonSchemaDocument());
  });

  it("closes its objects: an extra field fails", () => {
    const validate = ajv.getSchema(`${published.$id}#/$defs/DocRef`);
    expect(validate?.({ id: "ab", origin: "x.txt", title: null })).toBe(true);
    expect(validate?.({ id: "ab", origin: "x.txt", title: null, path: "x.txt" })).toBe(false);
    expect(validate?.({ id: "ab", title: null })).toBe(false);
  });
});

describe("every command's --json output", () => {
  const dir = tempDir();
  const db = join(dir, "seeds.db");
  let scan: unknown[];
  let id: string;

  beforeAll(async () => {
    scan = await jsonLines(["--db", db, "scan", SEEDS]);
    id = (scan[0] as { documents: Array<{ id: string }> }).documents[0]?.id as string;
  }, 120_000);

  it("scan: documents, relations, families and stories named by {id, origin, title}", () => {
    expectValid("scan", scan);
    const out = scan[0] as { relations: Array<{ a: { title: string | null; origin: string } }> };
    expect(out.relations.length).toBeGreaterThan(0);
    for (const r of out.relations) expect(r.a.origin).toMatch(/seeds\//);
    expect(longestDecimals(scan)).toBeLessThanOrEqual(3);
  });

  it("ingest, ls, show, stories, find (read from the store)", async () => {
    expectValid("ingest", await jsonLines(["--db", db, "ingest", SEEDS]));
    const ls = await jsonLines(["--db", db, "ls"]);
    expectValid("ls", ls);
    expect((ls[0] as { documents: Array<{ words: number; id: string }> }).documents.length).toBe(5);
    expectValid("show", await jsonLines(["--db", db, "show", id.slice(0, 8)]));
    expectValid("stories", await jsonLines(["--db", db, "stories"]));
    const find = await jsonLines(["--db", db, "find", seed("001")]);
    expectValid("find", find);
    expect((find[0] as { relations: unknown[] }).relations.length).toBeGreaterThan(0);
  }, 120_000);

  it("one word count: ls, show, extract and spin agree for a document", async () => {
    const ls = (await jsonLines(["--db", db, "ls"]))[0] as { documents: Array<{ id: string; origin: string; words: number }> };
    const doc = ls.documents.find((d) => d.origin.includes("000_")) as { id: string; words: number };
    const shown = (await jsonLines(["--db", db, "show", doc.id]))[0] as { words: number };
    const extracted = (await jsonLines(["extract", seed("000")]))[0] as { words: number };
    const spun = (await jsonLines(["spin", seed("000")]))[0] as { words: number };
    expect([shown.words, extracted.words, spun.words]).toEqual([doc.words, doc.words, doc.words]);
  }, 60_000);

  it("compare, align, drift, despin, spin, extract (files, no store)", async () => {
    const [a, b] = [seed("001"), seed("002")];
    const compare = await jsonLines(["compare", a, b]);
    expectValid("compare", compare);
    const relation = (compare[0] as { relation: { a: { origin: string }; passages: Array<{ sentences: unknown[] }> } }).relation;
    expect(relation.a.origin).toBe(a);
    expect(relation.passages[0]?.sentences.length).toBeGreaterThan(0);
    expect(longestDecimals(compare)).toBeLessThanOrEqual(3);
    expectValid("align", await jsonLines(["align", a, b]));
    expectValid("drift", await jsonLines(["drift", a, b]));
    expectValid("despin", await jsonLines(["despin", b, "--source", a]));
    const spin = await jsonLines(["spin", SEEDS]);
    expect(spin.length).toBe(5);
    expectValid("spin", spin);
    expectValid("extract", await jsonLines(["extract", SEEDS]));
  }, 120_000);

  it("dedup and export (the dataset commands)", async () => {
    const news = join(ROOT, "test", "fixtures", "dedup", "news.jsonl");
    const store = join(dir, "dedup.db");
    const records = await jsonLines(["--db", store, "dedup", "--emit", "all", news]);
    expectValid("dedup", records);
    expect(records.some((r) => (r as { duplicate_of: unknown }).duplicate_of !== null)).toBe(true);
    const relations = await jsonLines(["--db", store, "export", "relations", "--format", "jsonl"]);
    expectValid("export-relations", relations);
    expectValid("export-clusters", await jsonLines(["--db", store, "export", "clusters", "--format", "jsonl"]));
    expect(longestDecimals(relations)).toBeLessThanOrEqual(3);
  }, 120_000);

  it("says in JSON what English-only features could not read (a Polish text)", async () => {
    const pl = join(ROOT, "test", "fixtures", "languages", "pl.txt");
    const spin = await jsonLines(["spin", pl]);
    expectValid("spin", spin);
    expect((spin[0] as { notes: Array<{ code: string; language: string }> }).notes[0]).toMatchObject({
      code: "english-only",
      language: "pl",
    });
    const compare = await jsonLines(["compare", pl, seed("001")]);
    expectValid("compare", compare);
    expect((compare[0] as { relation: { notes: unknown[] } }).relation.notes.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("jobs --json (PostgreSQL)", () => {
  const { server } = postgresForFile("unspun-json-");
  it("validates", async () => {
    const url = await createDatabase(server(), "jobs");
    await jsonLines(["--db", url, "ingest", "--enqueue", SEEDS]);
    const jobs = await jsonLines(["--db", url, "jobs"]);
    expectValid("jobs", jobs);
    expect((jobs[0] as { queued: number }).queued).toBe(5);
  }, 120_000);
});
