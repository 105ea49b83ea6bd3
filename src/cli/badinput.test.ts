/**
 * Bad input through the real CLI: no crash, no stack trace, every bad file
 * named on one line, good records stored. Run on a corpus generated here (so
 * a fresh clone runs it) and on ../shared/badinput when it is beside us.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeBadInput } from "../../test/helpers/badinput.js";
import { runCli } from "../../test/helpers/cli.js";
import { haveData, SHARED_BADINPUT } from "../../test/helpers/data.js";
import { tempDir } from "../../test/helpers/tmp.js";

const corpora: Array<[string, () => string]> = [["generated", () => writeBadInput(join(tempDir(), "badinput"))]];
if (haveData("bad-input corpus test", SHARED_BADINPUT)) corpora.push(["../shared/badinput", () => SHARED_BADINPUT]);

describe.each(corpora)("unspun ingest of a bad-input corpus (%s)", (_name, corpus) => {
  it("names every bad file and stores the good records", async () => {
    const dir = corpus();
    const db = join(tempDir(), "u.db");
    const r = await runCli(["--db", db, "--json", "ingest", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|Maximum call stack/);
    const summary = JSON.parse(r.stdout);
    const named = (code: string) =>
      summary.problems.filter((p: { code: string }) => p.code === code).map((p: { file: string }) => p.file.split("/").pop());
    expect(named("not-text")).toEqual(["binary.bin"]);
    expect(named("too-large")).toEqual(expect.arrayContaining(["bomb.html.gz", "long-token.txt"]));
    expect(named("empty")).toEqual(["empty.txt", "whitespace.txt"]);
    expect(named("invalid-utf8")).toEqual(["invalid-utf8.txt"]);
    expect(named("nul-bytes")).toEqual(["nul-bytes.txt"]);
    expect(named("truncated-gzip")).toEqual(["truncated.html.gz"]);
    expect(named("too-deep")).toEqual(["deep-nesting.html"]);
    expect(named("bad-warc")).toHaveLength(2);
    const jsonl = summary.problems.filter((p: { file: string }) => p.file.endsWith("malformed.jsonl")).map((p: { line: number }) => p.line);
    expect(jsonl).toEqual([2, 3, 4, 5, 8]);
    for (const line of r.stderr.trim().split("\n").slice(0, -1)) expect(line).toMatch(/^unspun: \S+/);

    const ls = JSON.parse((await runCli(["--db", db, "--json", "ls", "--limit", "100"])).stdout);
    const origins: string[] = ls.documents.map((d: { origin: string }) => d.origin.split("/").pop());
    expect(origins).toEqual(
      expect.arrayContaining(["good.html", "good.txt", "utf16-bom.txt", "mixed-newlines.txt", "hostile.html", "nul-bytes.txt"]),
    );
    expect(origins.some((o) => /binary|bomb|empty|whitespace|long-token/.test(o))).toBe(false);
    expect(readdirSync(dir).length).toBeGreaterThan(10);
  });

  it("stores the good JSONL and WARC records around the bad ones", async () => {
    const dir = corpus();
    const stored = async (file: string) => {
      const db = join(tempDir(), "u.db");
      await runCli(["--db", db, "ingest", join(dir, file)]);
      const ls = JSON.parse((await runCli(["--db", db, "--json", "ls"])).stdout);
      return { db, docs: ls.documents as Array<{ id: string; origin: string }> };
    };
    const jsonl = await stored("malformed.jsonl");
    expect(jsonl.docs.map((d) => d.origin.split("/").pop()).sort()).toEqual(["malformed.jsonl#ok-1", "malformed.jsonl#ok-2"]);
    const first = jsonl.docs.find((d) => d.origin.endsWith("#ok-1"));
    const ok1 = JSON.parse((await runCli(["--db", jsonl.db, "--json", "show", first?.id ?? ""])).stdout);
    expect(ok1).toMatchObject({ sourceId: "ok-1", title: "Fine record" });
    const warc = await stored("malformed.warc");
    expect(warc.docs.map((d) => d.origin.split("/").pop())).toEqual(["malformed.warc#record1"]);
  });

  it("splits mixed CR, CRLF and LF line ends into paragraphs and decodes UTF-16", async () => {
    const dir = corpus();
    const r = await runCli(["extract", "--json", join(dir, "mixed-newlines.txt"), join(dir, "utf16-bom.txt")]);
    const [mixed, utf16] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(mixed.paragraphs.length).toBeGreaterThan(1);
    expect(mixed.text).not.toMatch(/\r/);
    expect(utf16.text).not.toMatch(/\u0000|\uFFFD/);
  });
});
