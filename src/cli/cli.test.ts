import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers/cli.js";
import { SEEDS, tempDir } from "../../test/helpers/tmp.js";

describe("unspun CLI", () => {
  it("ingests the seeds once, then finds them all stored on a second run", async () => {
    const db = join(tempDir(), "u.db");
    const first = await runCli(["--db", db, "--json", "ingest", SEEDS]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).summary).toMatchObject({ inserted: 5, existing: 0, skipped: 0 });
    const second = JSON.parse((await runCli(["--db", db, "--json", "ingest", SEEDS])).stdout);
    expect(second.summary).toMatchObject({ inserted: 0, existing: 5 });
  });

  it("lists and shows stored documents, by id prefix too", async () => {
    const db = join(tempDir(), "u.db");
    await runCli(["--db", db, "ingest", SEEDS]);
    const ls = await runCli(["--db", db, "ls"]);
    expect(ls.stdout.trim().split("\n")).toHaveLength(5);
    const id = ls.stdout.split(/\s/)[0] as string;
    const show = await runCli(["--db", db, "show", id.slice(0, 8), "--json"]);
    expect(JSON.parse(show.stdout)).toMatchObject({ id, status: "ok" });
    const human = await runCli(["--db", db, "show", id]);
    expect(human.stdout).toMatch(/^id\s+/m);
  });

  it("reads the store location from UNSPUN_DB", async () => {
    const db = join(tempDir(), "env.db");
    await runCli(["ingest", join(SEEDS, readdirSync(SEEDS)[0] as string)], { env: { UNSPUN_DB: db } });
    const ls = await runCli(["--db", db, "--json", "ls"]);
    expect(JSON.parse(ls.stdout).total).toBe(1);
  });

  it("extracts without storing, one JSON object per input", async () => {
    const files = readdirSync(SEEDS).map((f) => join(SEEDS, f));
    const r = await runCli(["extract", "--json", ...files.slice(0, 2)]);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const a of lines)
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining(["title", "date", "site", "wireCredit", "copyright", "text", "paragraphs", "boilerplate"]),
      );
  });

  it("reads stdin", async () => {
    const r = await runCli(["extract", "--json", "-"], {
      input: "Headline Here For Test\n\nThe council voted on Tuesday to approve the new budget for parks, officials said.",
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ title: "Headline Here For Test", origin: "-" });
  });

  it("uses the documented exit codes", async () => {
    const db = join(tempDir(), "u.db");
    expect((await runCli(["--db", db, "show", "ffffffffffffffff"])).code).toBe(1);
    const missing = await runCli(["--db", db, "ingest", join(tempDir(), "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: error: cannot read: ENOENT/);
    expect((await runCli(["--db", db, "frobnicate"])).code).toBe(2);
    expect((await runCli(["--db", db, "ingest", SEEDS, "--max-bytes", "-3"])).code).toBe(2);
  });

  it("says what was wrong with a bad option in one line, exit 2", async () => {
    const cases = [
      ["serve", "--port", "99999"],
      ["scan", "--workers", "0", SEEDS],
      ["scan", "--bogus", SEEDS],
      ["frobnicate"],
      ["dedup", SEEDS, "--keep", "newest"],
      ["dedup", SEEDS, "--min-coverage", "2"],
    ];
    for (const args of cases) {
      const r = await runCli(["--db", join(tempDir(), "u.db"), ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^unspun: .*\(see --help\)\n$/);
      expect(r.stdout).toBe("");
    }
  });

  it("shows the global options and an example under every command's --help", async () => {
    for (const command of ["scan", "find", "compare", "ls", "dedup", "export", "serve"]) {
      const r = await runCli([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Global Options:[\s\S]*--db <path-or-url>[\s\S]*--json[\s\S]*--quiet/);
      expect(r.stdout, command).toMatch(new RegExp(`Example:\\n {2}\\$ unspun .*${command}`));
    }
  });

  it("never creates a store for a command that only reads", async () => {
    const root = tempDir();
    const db = join(root, "missing", "x.db");
    const seed = join(SEEDS, readdirSync(SEEDS)[0] as string);
    for (const args of [["ls"], ["show", "ffff"], ["stories"], ["find", seed], ["export", "relations"], ["export", "clusters"]]) {
      const r = await runCli(["--db", db, ...args]);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toMatch(/no store|does not exist|not found/i);
    }
    // Files compared need no store, and none is made.
    expect((await runCli(["--db", db, "compare", seed, seed])).code).toBe(0);
    expect(readdirSync(root)).toEqual([]);
  });
});
