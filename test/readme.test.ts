/**
 * The README's quick-start output is what `unspun scan examples/seeds`
 * prints: every line of the example (`…` stands for lines left out) appears
 * in the real output, in order, and every relation, family and story line of
 * the real output names its documents by title or file, not by hash alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/cli.js";
import { SEEDS, tempDir } from "./helpers/tmp.js";

/** The first fenced block after the quick start's scan command. */
function readmeExample(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const from = readme.indexOf("npx unspun scan examples/seeds");
  const block = /```\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("```\n", readme.indexOf("```", from) + 3)));
  if (!block?.[1]) throw new Error("README: no example output after the quick start");
  return block[1].split("\n").filter((l) => l.trim() !== "");
}

describe("the README's seed example", () => {
  let lines: string[];
  beforeAll(async () => {
    const r = await runCli(["--db", join(tempDir(), "readme.db"), "scan", SEEDS]);
    expect(r.code).toBe(0);
    lines = r.stdout.split("\n");
  }, 120_000);

  it("is what scan prints, line for line where it shows a line", () => {
    let at = 0;
    for (const expected of readmeExample()) {
      if (expected === "…") continue;
      const found = lines.indexOf(expected, at);
      expect(found, `README line not in scan's output (in order): ${expected}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it("names every document in relation, family and story lines by title or file", () => {
    const named = /(?:[^\s[\]][^[\]]*) \[[0-9a-f]{8}\]/;
    const relationLines = lines.filter((l) => l.includes(" ↔ "));
    const storyAt = lines.findIndex((l) => l.startsWith("story "));
    const memberLines = lines.slice(storyAt + 1).filter((l) => l.startsWith("  "));
    // Family edges: the lines under a "family of" head that are not the indented reason.
    const edgeLines = lines.slice(0, storyAt).filter((l) => /^ {2}\S/.test(l) && !l.includes(" ↔ "));
    expect(relationLines.length).toBeGreaterThan(0);
    expect(edgeLines.length).toBeGreaterThan(0);
    expect(memberLines.length).toBe(5);
    for (const l of relationLines) for (const side of l.split(" ↔ ")) expect(side, l).toMatch(named);
    for (const l of edgeLines) for (const side of l.split(/\] [—→] /)) expect(`${side}]`, l).toMatch(named);
    for (const l of memberLines) expect(l).toMatch(/^ {2}\S.* \[[0-9a-f]{8}\]$/);
    // No bare hash pair of 0.6's kind ("31a4dacb ↔ 520e7a02").
    expect(lines.join("\n")).not.toMatch(/(^|\s)[0-9a-f]{8} [↔—→] [0-9a-f]{8}/m);
  });
});
