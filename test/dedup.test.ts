/**
 * `unspun dedup` and `unspun export`, run as a user runs them, on a small
 * fixture (test/fixtures/dedup/news.jsonl, invented texts): an original (o1),
 * an exact copy under another record id (x1), a near copy with a few words
 * changed (n1), a spun copy with synonyms swapped (s1), an excerpt of its first
 * paragraphs (e1, first in the file), two unrelated articles (u1, u2), and a
 * record with no text (line 5). near-copy.txt is one more near copy, as text.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Value } from "@sinclair/typebox/value";
import { describe, expect, it } from "vitest";
import { CONFIG_FILE, configPath } from "../src/cli/config.js";
import { DedupRecord, ExportClusterRecord } from "../src/json/dataset.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const JSONL = "test/fixtures/dedup/news.jsonl";
const TXT = "test/fixtures/dedup/near-copy.txt";

interface Out {
  id?: string;
  origin?: string;
  title?: string;
  text?: string;
  cluster: string;
  duplicate_of: { id: string; origin: string; title: string | null } | null;
  relation: string | null;
  coverage: number | null;
  [field: string]: unknown;
}

const inputLines = readFileSync(JSONL, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const inputs = new Map(
  inputLines.flatMap((l) => {
    const r = JSON.parse(l) as Record<string, unknown>;
    return typeof r.text === "string" ? [[r.id as string, { line: l, record: r }]] : [];
  }),
);

async function dedupRun(args: string[]): Promise<{ records: Out[]; stdout: string; stderr: string }> {
  const r = await runCli(["dedup", ...args]);
  expect(r.code, r.stderr).toBe(0);
  const records = r.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Out);
  return { records, stdout: r.stdout, stderr: r.stderr };
}

const byId = (records: Out[]) => new Map(records.map((r) => [r.id as string, r]));
const origin = (id: string) => `${JSONL}#${id}`;

describe("unspun dedup", () => {
  it("keeps the first of each cluster, says what each dropped record duplicates, and passes every field through", async () => {
    const { records, stdout, stderr } = await dedupRun([JSONL, "--keep", "first", "--emit", "all"]);
    // Every readable record once, in input order; the record without text is a problem, not a stop.
    expect(records.map((r) => r.id)).toEqual(["e1", "o1", "u1", "n1", "s1", "x1", "u2"]);
    expect(stderr).toMatch(/news\.jsonl:5: error: .*\[bad-record\]/);
    expect(stderr).toMatch(/dedup: 7 record\(s\) read, 4 kept, 3 dropped \(duplicate 2, excerpt 0, spun 1, paraphrase 0\), 1 skipped/);
    const r = byId(records);
    const o1 = r.get("o1") as Out;
    // The excerpt comes first, but covers too little of the original to stand for it.
    for (const id of ["e1", "o1", "u1", "u2"]) {
      expect(r.get(id)).toMatchObject({ duplicate_of: null, relation: null, coverage: null });
    }
    expect(new Set(["e1", "o1", "u1", "u2"].map((id) => r.get(id)?.cluster)).size).toBe(4);
    const ref = { id: o1.cluster, origin: origin("o1"), title: "Millbrook flood barrier passes final test" };
    expect(r.get("x1")).toMatchObject({ cluster: o1.cluster, duplicate_of: ref, relation: "duplicate", coverage: 1 });
    expect(r.get("n1")).toMatchObject({ cluster: o1.cluster, duplicate_of: ref, relation: "duplicate" });
    expect(r.get("s1")).toMatchObject({ cluster: o1.cluster, duplicate_of: ref, relation: "spun" });
    for (const id of ["n1", "s1"]) {
      const c = r.get(id)?.coverage as number;
      expect(c).toBeGreaterThanOrEqual(0.8);
      expect(c).toBeLessThanOrEqual(1);
      expect(String(c).split(".")[1]?.length ?? 0).toBeLessThanOrEqual(3);
    }
    // Each record's own fields, exactly as read: the same values, and the same bytes ("score": 1.50 stays so).
    const lines = stdout.split("\n").filter((l) => l !== "");
    for (const out of records) expect([...Value.Errors(DedupRecord, out)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    for (const [i, out] of records.entries()) {
      const input = inputs.get(out.id as string);
      if (!input) throw new Error(`no input ${out.id}`);
      for (const [k, v] of Object.entries(input.record)) expect(out[k], `${out.id}.${k}`).toEqual(v);
      expect(Object.keys(out)).toEqual([...Object.keys(input.record), "cluster", "duplicate_of", "relation", "coverage"]);
      expect(lines[i]?.startsWith(input.line.slice(0, input.line.lastIndexOf("}")))).toBe(true);
    }
    expect(stdout).toContain('"score": 1.50');
  });

  it("--keep longest keeps the full text and drops the excerpt; --emit kept (the default) writes the kept records only", async () => {
    const { records } = await dedupRun([JSONL, "--keep", "longest"]);
    expect(records.map((r) => r.id)).toEqual(["o1", "u1", "u2"]);
    expect(records.every((r) => r.duplicate_of === null)).toBe(true);
    const all = byId((await dedupRun([JSONL, "--keep", "longest", "--emit", "all"])).records);
    const o1 = all.get("o1") as Out;
    expect(all.get("e1")).toMatchObject({ cluster: o1.cluster, relation: "excerpt", duplicate_of: { origin: origin("o1") } });
    expect(all.get("e1")?.coverage).toBeGreaterThanOrEqual(0.8);
  });

  it("--emit dropped writes only the dropped records", async () => {
    const { records } = await dedupRun([JSONL, "--emit", "dropped"]);
    expect(records.map((r) => r.id)).toEqual(["n1", "s1", "x1"]);
    expect(records.every((r) => r.duplicate_of !== null && r.relation !== null)).toBe(true);
  });

  it("--types chooses what counts as a duplicate", async () => {
    const r = byId((await dedupRun([JSONL, "--keep", "longest", "--emit", "all", "--types", "duplicate,excerpt"])).records);
    expect(r.get("s1")).toMatchObject({ duplicate_of: null, relation: null });
    expect(r.get("e1")?.relation).toBe("excerpt");
    expect(r.get("n1")?.relation).toBe("duplicate");
    const bad = await runCli(["dedup", JSONL, "--types", "duplicate,same-story"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/same-story/);
  });

  it("--min-coverage sets how much of a record the kept one must cover", async () => {
    // At 0.2 the excerpt, kept first, covers enough of the original to stand for it.
    const r = byId((await dedupRun([JSONL, "--keep", "first", "--emit", "all", "--min-coverage", "0.2"])).records);
    const e1 = r.get("e1") as Out;
    expect(e1.duplicate_of).toBeNull();
    const o1 = r.get("o1") as Out;
    expect(o1).toMatchObject({ cluster: e1.cluster, relation: "excerpt", duplicate_of: { origin: origin("e1") } });
    expect(o1.coverage).toBeGreaterThanOrEqual(0.2);
    expect(o1.coverage).toBeLessThan(0.8);
    expect((await runCli(["dedup", JSONL, "--min-coverage", "1.5"])).code).toBe(2);
  });

  it("writes {origin, title, text} for inputs that are not JSONL, and writes -o atomically", async () => {
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const r = await runCli(["dedup", JSONL, TXT, "--emit", "all", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir)).toEqual(["out.jsonl"]);
    const records = readFileSync(out, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Out);
    expect(records).toHaveLength(8);
    const txt = records.at(-1) as Out;
    expect(Object.keys(txt)).toEqual(["origin", "title", "text", "cluster", "duplicate_of", "relation", "coverage"]);
    expect(txt).toMatchObject({ origin: TXT, title: "Flood barrier ready in Millbrook", duplicate_of: { origin: origin("o1") } });
    expect(txt.text).toContain("Aisha Rahman");
  });
});

describe("unspun.config.json", () => {
  it("sets dedup's options below the flags", async () => {
    const dir = tempDir();
    const config = join(dir, "settings.json");
    writeFileSync(config, JSON.stringify({ dedup: { keep: "longest", emit: "all", types: ["duplicate", "excerpt"] } }));
    const fromConfig = await runCli(["--config", config, "dedup", JSONL]);
    expect(fromConfig.code, fromConfig.stderr).toBe(0);
    const c = byId(
      fromConfig.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Out),
    );
    expect(c.get("e1")?.relation).toBe("excerpt");
    expect(c.get("s1")?.relation).toBeNull();
    // A flag wins over the file.
    const flagged = await runCli(["--config", config, "dedup", JSONL, "--keep", "first"]);
    const f = byId(
      flagged.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Out),
    );
    expect(f.get("e1")?.relation).toBeNull();
    expect(f.get("o1")?.relation).toBeNull();
  });

  it("refuses an unknown key or a bad value with one line naming it (exit 2)", async () => {
    const dir = tempDir();
    const config = join(dir, "unspun.config.json");
    writeFileSync(config, JSON.stringify({ dedup: { minCoverge: 0.5 } }));
    const unknown = await runCli(["--config", config, "ls"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toContain('unknown key "dedup.minCoverge"');
    writeFileSync(config, JSON.stringify({ scan: { workers: 0 } }));
    const bad = await runCli(["--config", config, "dedup", JSONL]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain('"scan.workers"');
    writeFileSync(config, JSON.stringify({ nonsense: {} }));
    expect((await runCli(["--config", config, "ls"])).stderr).toContain('unknown key "nonsense"');
    expect((await runCli(["--config", join(dir, "missing.json"), "ls"])).code).toBe(2);
  });

  it("is read from the working directory when --config is not given", () => {
    const dir = tempDir();
    expect(configPath(undefined, dir)).toBeUndefined();
    writeFileSync(join(dir, CONFIG_FILE), "{}");
    expect(configPath(undefined, dir)).toBe(join(dir, CONFIG_FILE));
    expect(configPath("other.json", dir)).toBe("other.json");
  });
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  expect(field === "" && row.length === 0, "every record ends in CRLF").toBe(true);
  return rows;
}

describe("unspun export", () => {
  it("writes a store's relations and clusters as JSONL and CSV, and never creates a store", async () => {
    const dir = tempDir();
    const db = join(dir, "store.db");
    expect((await runCli(["--db", db, "dedup", JSONL, "-o", join(dir, "out.jsonl")])).code).toBe(0);

    const rel = await runCli(["--db", db, "export", "relations"]);
    expect(rel.code, rel.stderr).toBe(0);
    const relations = rel.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const o1e1 = relations.find((r) => [r.a.origin, r.b.origin].sort().join() === [origin("e1"), origin("o1")].sort().join());
    expect(o1e1?.type).toBe("excerpt");
    // The relation as every --json output gives it (src/json/present.ts relationJson).
    expect(Object.keys(o1e1)).toEqual(
      expect.arrayContaining(["a", "b", "type", "coverage", "confidence", "passages", "evidence", "direction"]),
    );
    // The original and its exact copy are one text read at two origins.
    expect(relations.find((r) => r.a.id === r.b.id)?.origins?.sort()).toEqual([origin("o1"), origin("x1")]);

    const relCsv = await runCli(["--db", db, "export", "relations", "--format", "csv"]);
    expect(relCsv.code, relCsv.stderr).toBe(0);
    const rows = parseCsv(relCsv.stdout);
    expect(rows[0]).toEqual([
      "a_id",
      "a_origin",
      "a_title",
      "b_id",
      "b_origin",
      "b_title",
      "type",
      "coverage_a",
      "coverage_b",
      "confidence",
      "direction",
      "original_id",
    ]);
    expect(rows).toHaveLength(relations.length + 1);
    for (const [i, row] of rows.slice(1).entries()) {
      const r = relations[i];
      expect(row).toHaveLength(12);
      expect(row.slice(0, 7)).toEqual([r.a.id, r.a.origin, r.a.title ?? "", r.b.id, r.b.origin, r.b.title ?? "", r.type]);
      expect(Number(row[7])).toBe(r.coverage.a);
      for (const n of row.slice(7, 10)) expect(n.split(".")[1]?.length ?? 0).toBeLessThanOrEqual(3);
    }

    const cl = await runCli(["--db", db, "export", "clusters"]);
    expect(cl.code, cl.stderr).toBe(0);
    const clusters = cl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // One family: the original (and its exact copy), the near, spun and excerpted copies; the unrelated two are in none.
    expect(clusters).toHaveLength(1);
    const family = clusters[0];
    expect(family.members.map((m: { origin: string }) => m.origin.replace(/#x1$/, "#o1")).sort()).toEqual(
      ["e1", "n1", "o1", "s1"].map(origin).sort(),
    );
    expect(family.size).toBe(4);
    expect([...Value.Errors(ExportClusterRecord, family)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    expect(family.cluster).toBe(family.members[0].id);
    expect(family.members.map((m: { id: string }) => m.id)).toContain(family.representative.id);

    const clCsv = await runCli(["--db", db, "export", "clusters", "--format", "csv", "-o", join(dir, "clusters.csv")]);
    expect(clCsv.code, clCsv.stderr).toBe(0);
    const members = parseCsv(readFileSync(join(dir, "clusters.csv"), "utf8"));
    expect(members[0]).toEqual(["cluster", "size", "id", "origin", "title", "representative"]);
    expect(members.slice(1).map((m) => m[2])).toEqual(family.members.map((m: { id: string }) => m.id));
    expect(
      members
        .slice(1)
        .filter((m) => m[5] === "true")
        .map((m) => m[2]),
    ).toEqual([family.representative.id]);

    // A missing store is exit 1, and none is created.
    const missing = join(dir, "nope", "none.db");
    const none = await runCli(["--db", missing, "export", "relations"]);
    expect(none.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["clusters.csv", "out.jsonl", "store.db"].sort());
    expect((await runCli(["--db", db, "export", "stories"])).code).toBe(2);
  });

  it("quotes CSV fields per RFC 4180", async () => {
    const { csvField, csvRow } = await import("../src/dedup/csv.js");
    expect(csvField('keeper\'s "lost" stories, reissued')).toBe('"keeper\'s ""lost"" stories, reissued"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(0.123456)).toBe("0.123");
    expect(csvField(null)).toBe("");
    expect(parseCsv(csvRow(['a "b", c', 1, true, null]))).toEqual([['a "b", c', "1", "true", ""]]);
  });
});
