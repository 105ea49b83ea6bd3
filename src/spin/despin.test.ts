/**
 * With the source in hand: a hand-written spun copy (test/fixtures/despin)
 * is aligned to its original, its substitutions read off in the right
 * direction, and put back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../test/helpers/cli.js";
import { extract } from "../extract/index.js";
import { analysed, compareArticles } from "../match/index.js";
import { despin, substitutionsOf } from "./index.js";

const FIXTURES = join(ROOT, "test", "fixtures", "despin");
const read = (name: string) => {
  const content = readFileSync(join(FIXTURES, name), "utf8");
  const doc = { id: name, origin: name, format: "text" as const, content, bytes: content.length, meta: {}, problems: [] };
  return analysed(extract(doc), content);
};
const source = read("source.txt");
const copy = read("spun.txt");
const report = compareArticles(source, copy);

/** The words the fixture's copy swapped, as written by hand: original → spun. */
const SWAPPED: Array<[string, string]> = [
  ["approved", "sanctioned"],
  ["debate", "deliberation"],
  ["plan", "scheme"],
  ["families", "households"],
  ["hire", "engage"],
  ["fix", "mend"],
  ["expect", "anticipate"],
  ["optimistic", "sanguine"],
  ["delaying", "postponing"],
  ["urgent", "pressing"],
];

describe("despin", () => {
  it("judges the copy spun", () => {
    expect(report.type).toBe("spun");
  });

  it("restores every substituted word and leaves the rest as the copy had it", () => {
    const result = despin(report, copy.source);
    for (const [original, spun] of SWAPPED) {
      expect(result.text).toMatch(new RegExp(`\\b${original}\\b`));
      expect(result.text).not.toMatch(new RegExp(`\\b${spun}\\b`));
      expect(result.restorations).toContainEqual(expect.objectContaining({ source: original, copy: spun }));
    }
    expect(result.text).toBe(source.source);
  });

  it("gives restorations with offsets into the copy", () => {
    for (const r of despin(report, copy.source).restorations) expect(copy.source.slice(r.start, r.end)).toBe(r.copy);
  });

  it("reads substitutions off the pair with the rarer word as the spun side", () => {
    const subs = substitutionsOf(report);
    expect(subs).toContainEqual({ original: "optimistic", spun: "sanguine", count: 1 });
    expect(subs).toContainEqual({ original: "officials", spun: "functionaries", count: 1 });
    expect(subs.some((s) => s.original === "sanguine")).toBe(false);
  });

  it("learns nothing from a pair that is not spun", () => {
    expect(substitutionsOf({ ...report, type: "paraphrase" })).toEqual([]);
  });
});
