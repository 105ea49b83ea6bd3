/**
 * Provenance's acceptance on the seed pages: one story for all five, the two
 * copies of one AP article as a family whose root is undetermined (their
 * evidence is weak), the WSJ pair linked with a direction or a reason why
 * not, and the facts that drifted between the two AP copies; and two copies
 * that credit one agency as siblings under a missing original.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSummaryJson, DriftJson, FamilyJson, RelationJson, StoryJson } from "../src/json/index.js";
import { runCli } from "./helpers/cli.js";
import { SEEDS, WIRE_SIBLINGS } from "./helpers/tmp.js";

interface Scan {
  documents: DocumentSummaryJson[];
  relations: RelationJson[];
  families: FamilyJson[];
  stories: StoryJson[];
}

const dir = mkdtempSync(join(tmpdir(), "unspun-provenance-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, "seeds.db");
const file = (prefix: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`)) as string);

describe("unspun scan --json on the seeds: families and stories", () => {
  let scan: Scan;
  let idOf: (prefix: string) => string;
  beforeAll(async () => {
    const r = await runCli(["--db", db, "--json", "scan", SEEDS]);
    expect(r.code).toBe(0);
    scan = JSON.parse(r.stdout);
    idOf = (prefix) => scan.documents.find((d) => d.origin.includes(`/${prefix}_`))?.id as string;
  });

  it("puts all five seeds in one story, with a label", () => {
    expect(scan.stories).toHaveLength(1);
    expect(scan.stories[0]?.members.map((m) => m.id).sort()).toEqual(scan.documents.map((d) => d.id).sort());
    expect(scan.stories[0]?.label.length).toBeGreaterThan(0);
  });

  it("makes 001 and 002 a family, and names no original on containment and spin alone", () => {
    const family = scan.families.find((f) => f.members.some((m) => m.id === idOf("001")));
    expect(family?.members.map((m) => m.id).sort()).toEqual([idOf("001"), idOf("002")].sort());
    // Neither page has a date, a credit or facts the other lacks that are not rewordings: no original, no sibling claim.
    expect(family?.root).toBeNull();
    expect(family?.missingOriginal).toBe(false);
    expect(family?.edges.map((e) => [e.direction.decision, e.direction.original])).toEqual([["undetermined", null]]);
    expect(family?.edges[0]?.direction.reason).toMatch(/weak evidence/);
  });

  it("links 000 and 004 by shared passages, with a direction or the reason there is none", () => {
    const family = scan.families.find((f) => f.members.some((m) => m.id === idOf("004")));
    expect(family?.members.map((m) => m.id).sort()).toEqual([idOf("000"), idOf("004")].sort());
    const d = family?.edges[0]?.direction;
    expect(d?.decision === "a-original" || (d?.decision === "undetermined" && (d.reason?.length ?? 0) > 0)).toBe(true);
    const ids = (r: RelationJson) => [r.a.id, r.b.id];
    const relation = scan.relations.find((r) => ids(r).includes(idOf("000")) && ids(r).includes(idOf("004")));
    expect(relation?.passages.length).toBeGreaterThan(0);
  });
});

describe("unspun scan --json on two copies crediting one agency", () => {
  it("makes them siblings under a missing original", async () => {
    const r = await runCli(["--db", join(dir, "wire.db"), "--json", "scan", WIRE_SIBLINGS]);
    expect(r.code).toBe(0);
    const { families } = JSON.parse(r.stdout) as Scan;
    expect(families).toHaveLength(1);
    expect(families[0]?.root).toBeNull();
    expect(families[0]?.missingOriginal).toBe(true);
    expect(families[0]?.edges.map((e) => [e.a, e.direction.decision])).toEqual([
      [null, "siblings"],
      [null, "siblings"],
    ]);
  });
});

describe("unspun drift and stories", () => {
  it("lists the changed title and the lost troop figure between 001 and 002", async () => {
    const r = await runCli(["--db", db, "--json", "drift", file("001"), file("002")]);
    expect(r.code).toBe(0);
    const drift = JSON.parse(r.stdout).drift as DriftJson[];
    const title = drift.find((d) => d.kind === "person" && d.change === "changed" && d.a?.text.endsWith("Blinken"));
    expect(title?.a?.value).not.toBe(title?.b?.value);
    expect(title?.b?.text.endsWith("Blinken")).toBe(true);
    const troops = drift.find((d) => d.kind === "number" && (d.a?.value === "100000" || d.b?.value === "100000"));
    expect(troops?.change).toBe("added");
    expect(troops?.a ?? null).toBeNull();
  });

  it("lists the stories of the corpus", async () => {
    const r = await runCli(["--db", db, "--json", "stories"]);
    expect(r.code).toBe(0);
    const { stories } = JSON.parse(r.stdout) as { stories: StoryJson[] };
    expect(stories).toHaveLength(1);
    expect(stories[0]?.members).toHaveLength(5);
    const text = await runCli(["--db", db, "stories"]);
    expect(text.stdout).toMatch(/^story s:\S+\s+5 document\(s\)/);
  });
});
