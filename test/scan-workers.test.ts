/** `scan --workers N` judges candidate pairs on N threads and reports exactly what one thread does. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RelationJson } from "../src/json/index.js";
import { runCli } from "./helpers/cli.js";
import { SEEDS } from "./helpers/tmp.js";

const dir = mkdtempSync(join(tmpdir(), "unspun-workers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inputs = [SEEDS, join("test", "fixtures", "despin")];

describe("scan --workers", () => {
  it("finds the same relations, families and stories with two threads as with one", async () => {
    const one = await runCli(["--db", join(dir, "one.db"), "--json", "scan", ...inputs]);
    const two = await runCli(["--db", join(dir, "two.db"), "--json", "scan", "--workers", "2", ...inputs]);
    expect(two.code).toBe(0);
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(two.stdout)];
    const sorted = (rs: RelationJson[]) => rs.map((r) => JSON.stringify(r)).sort();
    expect(sorted(b.relations)).toEqual(sorted(a.relations));
    expect(b.relations.length).toBeGreaterThan(5);
    expect(b.families).toEqual(a.families);
    expect(b.stories).toEqual(a.stories);
  }, 120_000);

  it("refuses a worker count that is not a positive whole number", async () => {
    const r = await runCli(["--db", join(dir, "bad.db"), "scan", "--workers", "0", SEEDS]);
    expect(r.code).toBe(2);
  });
});
