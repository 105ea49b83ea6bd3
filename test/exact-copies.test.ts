/**
 * Exact copies: two inputs with the same bytes are one document that keeps
 * every origin, reported as a duplicate of itself by scan and find, and a
 * re-read origin adds nothing.
 */
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RelationJson } from "../src/json/index.js";
import { runCli } from "./helpers/cli.js";
import { SEEDS, tempDir } from "./helpers/tmp.js";

describe("exact copies", () => {
  it("are one document with all its origins, a duplicate every command reports", async () => {
    const dir = tempDir();
    const seed = readdirSync(SEEDS).sort()[4] as string;
    copyFileSync(join(SEEDS, seed), join(dir, "first.txt"));
    copyFileSync(join(SEEDS, seed), join(dir, "second.txt"));
    const db = join(tempDir(), "u.db");
    const scan = JSON.parse((await runCli(["--db", db, "--json", "scan", dir])).stdout);
    expect(scan.documents).toHaveLength(1);
    const id = scan.documents[0].id as string;
    const identical = scan.relations.find((r: RelationJson) => r.a.id === id && r.b.id === id);
    expect(identical).toMatchObject({ type: "duplicate", coverage: { a: 1, b: 1 }, evidence: { identity: 1 } });
    expect(identical.origins).toEqual([join(dir, "first.txt"), join(dir, "second.txt")]);

    // Read again from the same origins: nothing new; from a third, a third origin.
    await runCli(["--db", db, "scan", dir]);
    copyFileSync(join(SEEDS, seed), join(dir, "third.txt"));
    writeFileSync(join(dir, "unrelated.txt"), "A short note about a village fete, with cakes and a brass band on the green.");
    await runCli(["--db", db, "scan", dir]);
    const find = JSON.parse((await runCli(["--db", db, "--json", "find", id])).stdout);
    expect(find.relations[0].origins).toEqual(["first.txt", "second.txt", "third.txt"].map((f) => join(dir, f)));

    const text = await runCli(["--db", db, "find", join(SEEDS, seed)]);
    expect(text.stdout.split("\n")[0]).toMatch(/identical at 3 origin\(s\): .*first\.txt, .*second\.txt, .*third\.txt/);
  });
});
