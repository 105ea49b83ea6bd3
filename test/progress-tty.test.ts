/**
 * Progress on a terminal: `scan` of one JSONL file run under script(1), which
 * gives it a pseudo-terminal, shows a bar for the records read (not the one
 * file) and one for each stage after, each with a rate and an ETA, then one
 * summary line. Off a terminal, stderr carries the summary and nothing else.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../bench/lib/synthetic.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const RECORDS = 300;

function corpusFile(): string {
  const text = syntheticCorpus(7);
  const file = join(tempDir(), "records.jsonl");
  const lines = Array.from({ length: RECORDS }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: text(i) }));
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** What a terminal would show, escape sequences removed, one entry per redraw. */
function screen(raw: string): string[] {
  const plain = raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
  return plain.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
}

describe("scan progress", () => {
  it("on a terminal: records, then each stage, with a rate and an ETA, then one summary line", () => {
    const version = spawnSync("script", ["--version"], { encoding: "utf8" });
    if (version.status !== 0) throw new Error("script(1) is not installed: the TTY test needs util-linux (apt-get install bsdutils)");
    const file = corpusFile();
    const db = join(tempDir(), "tty.db");
    const command = [process.execPath, "--import", "tsx", join(ROOT, "src", "cli", "run.ts"), "--db", db, "scan", file]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const raw = execFileSync("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, COLUMNS: "120", LINES: "40" },
      maxBuffer: 64 << 20,
    });
    const lines = screen(raw);
    const bar = (stage: string, unit: string) =>
      lines.filter((l) => new RegExp(`^${stage} +\\S+ \\d+/\\d+ ${unit} +[\\d.]+/s +ETA `).test(l));
    const reading = bar("reading", "records");
    expect(reading.length).toBeGreaterThan(0);
    // The reading bar counts the file's records, not the one file.
    expect(reading.some((l) => l.includes(`/${RECORDS} records`))).toBe(true);
    for (const stage of ["sketching", "matching", "stories"]) {
      expect(bar(stage, "documents").length, `${stage} bar`).toBeGreaterThan(0);
    }
    // Stages appear in pipeline order.
    const first = (stage: string) => lines.findIndex((l) => l.startsWith(`${stage} `));
    expect(first("reading")).toBeLessThan(first("sketching"));
    expect(first("sketching")).toBeLessThan(first("matching"));
    expect(first("matching")).toBeLessThan(first("stories"));
    expect(lines.filter((l) => /^unspun: 1 file\(s\), \d+ document\(s\).* in [\d.]+ s$/.test(l))).toHaveLength(1);
  }, 180_000);

  it("off a terminal: no bar, only the summary line", async () => {
    const file = corpusFile();
    const r = await runCli(["--db", join(tempDir(), "pipe.db"), "scan", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/ETA|\/s |█|░/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^unspun: 1 file\(s\), 300 document\(s\)/);
  }, 180_000);
});
