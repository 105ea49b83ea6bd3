/**
 * Spin forensics' acceptance on the seed pages: three spun copies are called
 * spun and the unspun original in site chrome clean, source-free; and the
 * learned lexicon, `despin` and `lexicon export|import` from the command line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocRefJson } from "../src/json/index.js";
import type { SpinReport } from "../src/spin/index.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { SEEDS } from "./helpers/tmp.js";

type SpinLine = SpinReport & { document: DocRefJson };
const dir = mkdtempSync(join(tmpdir(), "unspun-spin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = join(ROOT, "test", "fixtures", "despin");

describe("unspun spin on the seeds", () => {
  let lines: SpinLine[];
  const seed = (prefix: string) => lines.find((l) => l.document.origin.includes(`/${prefix}_`)) as SpinLine;
  beforeAll(async () => {
    const r = await runCli(["--db", join(dir, "seeds.db"), "--json", "spin", SEEDS]);
    expect(r.code).toBe(0);
    lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(readdirSync(SEEDS).length);
  });

  it("calls the three spun copies spun, each with many spans", () => {
    for (const prefix of ["000", "001", "003"]) {
      expect(seed(prefix).verdict, prefix).toBe("spun");
      expect(seed(prefix).spans.length, prefix).toBeGreaterThanOrEqual(8);
    }
  });

  it("calls the unspun original in site chrome clean", () => {
    expect(seed("004").verdict).toBe("clean");
  });

  it("restores a title broken by a synonym swap, with offsets into the file", () => {
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith("000_")) as string), "utf8");
    const span = seed("000").spans.find((s) => s.suggestion === "Secretary of State");
    expect(span?.kind).toBe("broken-phrase");
    expect(span?.text).not.toBe("Secretary of State");
    expect(text.slice(span?.start, span?.end)).toBe(span?.text);
  });
});

describe("learned substitutions from the command line", () => {
  const db = join(dir, "learn.db");
  const source = join(FIXTURES, "source.txt");
  const spun = join(FIXTURES, "spun.txt");

  it("despin prints the copy restored and a substitution table", async () => {
    const r = await runCli(["--db", db, "despin", spun, "--source", source]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(readFileSync(source, "utf8").trim());
    expect(r.stdout).toMatch(/optimistic\s+→ sanguine/);
    const json = await runCli(["--db", db, "--json", "despin", spun, "--source", source]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.type).toBe("spun");
    expect(parsed.substitutions.length).toBeGreaterThanOrEqual(10);
  });

  it("despin says so when the texts share nothing", async () => {
    const other = join(dir, "other.txt");
    writeFileSync(other, "A recipe for bread: flour, water, salt and yeast, kneaded and left to rise overnight in a warm kitchen.");
    const r = await runCli(["--db", db, "despin", other, "--source", source]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shares no passage/);
  });

  it("a scanned spun pair teaches the lexicon, which export and import carry as TSV", async () => {
    expect((await runCli(["--db", db, "-q", "scan", source, spun])).code).toBe(0);
    const exported = await runCli(["--db", db, "lexicon", "export"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split("\n")[0]).toBe("spun\toriginal\tcount");
    expect(exported.stdout).toContain("sanguine\toptimistic\t1");

    const tsv = join(dir, "lexicon.tsv");
    writeFileSync(tsv, "spun\toriginal\tcount\nsanguine\toptimistic\t2\nnot a row\nhouseholds\tfamilies\tx\n");
    const imported = await runCli(["--db", db, "lexicon", "import", tsv]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(`${tsv}:3:`);
    expect(imported.stderr).toContain(`${tsv}:4:`);
    expect(imported.stderr).toMatch(/imported 1 substitution/);
    const again = await runCli(["--db", db, "lexicon", "export"]);
    expect(again.stdout).toContain("sanguine\toptimistic\t3");
  });

  it("the detector flags what the corpus learned in a text it has not seen", async () => {
    const fresh = join(dir, "fresh.txt");
    writeFileSync(fresh, "Analysts remain sanguine about the harvest this year, the ministry said on Friday.");
    const r = await runCli(["--db", db, "--json", "spin", fresh]);
    const line = JSON.parse(r.stdout) as SpinLine;
    expect(line.spans).toContainEqual(expect.objectContaining({ kind: "known-phrase", text: "sanguine", suggestion: "optimistic" }));
  });

  it("names a missing input and still reports the rest", async () => {
    const r = await runCli(["--db", db, "--json", "spin", join(dir, "nope.txt"), source]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/nope\.txt/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});
