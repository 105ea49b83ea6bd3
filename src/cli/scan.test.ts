/**
 * The reuse engine's acceptance on the seed pages: two copies of one AP
 * story (one spun, one translated and back), a partial spun reuse of a WSJ
 * story, and independent coverage of the same event.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers/cli.js";
import { SEEDS, tempDir } from "../../test/helpers/tmp.js";
import type { DocumentSummaryJson, RelationJson } from "../json/index.js";

interface Scan {
  documents: DocumentSummaryJson[];
  relations: RelationJson[];
}

const COPY = new Set(["duplicate", "excerpt", "spun", "paraphrase"]);
const file = (prefix: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix)) as string);

describe("unspun scan on the seeds", () => {
  let scan: Scan;
  let idOf: (prefix: string) => string;
  let db: string;
  const dir = mkdtempSync(join(tmpdir(), "unspun-scan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    db = join(dir, "scan.db");
    const r = await runCli(["--db", db, "--json", "scan", SEEDS]);
    expect(r.code).toBe(0);
    scan = JSON.parse(r.stdout);
    idOf = (prefix) => scan.documents.find((d) => d.origin.includes(`/${prefix}_`))?.id as string;
  });
  const relation = (x: string, y: string) =>
    scan.relations.find((r) => (r.a.id === idOf(x) && r.b.id === idOf(y)) || (r.a.id === idOf(y) && r.b.id === idOf(x)));
  const side = (r: NonNullable<ReturnType<typeof relation>>, prefix: string) => (r.a.id === idOf(prefix) ? "a" : "b");

  it("relates 001 and 002 as copies covering most of both", () => {
    const r = relation("001", "002");
    expect(r && ["spun", "paraphrase"]).toContain(r?.type);
    // Coverage counts each text's own words (outside quotations) in reused sentences.
    expect(Math.min(r?.coverage.a ?? 0, r?.coverage.b ?? 0)).toBeGreaterThanOrEqual(0.55);
  });

  it("finds reused text between 000 and 004, none of it the contact or copyright lines", () => {
    const r = relation("000", "004");
    expect(r && COPY.has(r.type)).toBe(true);
    expect(r?.passages.length).toBeGreaterThanOrEqual(1);
    expect(r?.evidence.reusedSentences).toBeGreaterThanOrEqual(1);
    const raw = readFileSync(file("004"), "utf8");
    for (const p of r?.passages ?? []) {
      const range = p[side(r as NonNullable<typeof r>, "004")];
      expect(raw.slice(range.start, range.end)).not.toMatch(/Write to|Copyright|All Rights Reserved/);
    }
  });

  it("calls nothing else a copy, and 003 a copy of nothing", () => {
    const copies = scan.relations.filter((r) => COPY.has(r.type)).map((r) => [r.a.id, r.b.id].sort().join(" "));
    expect(copies.sort()).toEqual([[idOf("000"), idOf("004")].sort().join(" "), [idOf("001"), idOf("002")].sort().join(" ")].sort());
  });

  it("answers a second scan from the store, with the same relations", async () => {
    const again: Scan = JSON.parse((await runCli(["--db", db, "--json", "scan", SEEDS])).stdout);
    const key = (r: Scan["relations"][number]) => `${r.a.id} ${r.b.id} ${r.type} ${r.coverage.a}`;
    expect(again.relations.map(key).sort()).toEqual(scan.relations.map(key).sort());
  });

  it("gives passage offsets into the files as read", () => {
    const r = relation("001", "002") as NonNullable<ReturnType<typeof relation>>;
    const raw001 = readFileSync(file("001"), "utf8");
    for (const p of r.passages) {
      const range = p[side(r, "001")];
      expect(range.end).toBeLessThanOrEqual(raw001.length);
      expect(raw001.slice(range.start, range.start + 1)).toMatch(/\S/);
    }
  });

  it("compares 001 and 002: both named, aligned sentence pairs in step, and a table of sure substitutions", async () => {
    const human = await runCli(["--db", db, "compare", file("001"), file("002")]);
    const lines = human.stdout.split("\n");
    expect(lines[0]).toMatch(/^a: .*\[[0-9a-f]{8}\].*001_/);
    expect(lines[1]).toMatch(/^b: \S.* \[[0-9a-f]{8}\] .*002_/);
    expect(human.stdout).toMatch(/── passage 1: \d+–\d+ ↔ \d+–\d+/);
    // Every side-by-side row puts its divider in one column: the two sides never drift apart.
    const dividers = new Set(lines.filter((l) => l.includes(" │")).map((l) => l.indexOf(" │")));
    expect(dividers.size).toBe(1);
    expect(lines.filter((l) => l.includes(" │")).length).toBeGreaterThan(10);
    expect(human.stdout).toMatch(/substitutions \(\d+\): copy offsets/);
    expect(human.stdout).toMatch(/\n {2}\d+–\d+ +(synonym|other|inflection|number-spelling|name-variant) +\S.* → \S/);
    const json = JSON.parse((await runCli(["--db", db, "--json", "compare", idOf("001"), idOf("002")])).stdout);
    const passages: Array<{ changes: Array<{ kind: string; sure: boolean }> }> = json.relation.passages;
    const changes = passages.flatMap((p) => p.changes);
    expect(changes.some((c) => c.kind === "synonym")).toBe(true);
    // The table lists only the sure ones.
    const rows = human.stdout.match(/substitutions \((\d+)\)/);
    expect(Number(rows?.[1])).toBe(changes.filter((c) => c.sure).length);
  });

  it("finds a stored text as identical to itself, then its copies, best first", async () => {
    const r = await runCli(["--db", db, "--json", "find", file("002")]);
    const found = JSON.parse(r.stdout).relations;
    expect(found[0]).toMatchObject({ a: { id: idOf("002") }, b: { id: idOf("002") }, type: "duplicate", origins: [file("002")] });
    expect(found[1].b.id).toBe(idOf("001"));
    expect(found.slice(1).every((x: RelationJson) => x.a.id === idOf("002"))).toBe(true);
  });

  it("aligns pairs in batch as JSON lines, for PAN scoring", async () => {
    const pairs = join(tempDir(), "pairs.tsv");
    writeFileSync(pairs, `${file("001")}\t${file("002")}\n${file("000")}\t${file("004")}\n`);
    const r = await runCli(["align", "--pairs", pairs]);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].passages.length).toBeGreaterThan(0);
    expect(Object.keys(lines[0].passages[0])).toEqual(["a", "b"]);
  });
});
