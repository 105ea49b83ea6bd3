/**
 * Wire credits on pages that print them (test/fixtures/credit-pages): every
 * form syndicated pages use — dateline, closing line, byline, "contributed",
 * copyright, "originally published by" — must name its agency. Recall over
 * the set is the figure the extraction issue is judged by (target 0.9);
 * every page is also checked on its own, so a lost form names itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract/index.js";

const DIR = join(import.meta.dirname, "fixtures", "credit-pages");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, string>;
const read = (file: string) => {
  const content = readFileSync(join(DIR, file), "utf8");
  return extract({ id: file, origin: file, format: "html", content, bytes: content.length, meta: {}, problems: [] });
};

describe("wire credits on pages that print them", () => {
  it("covers every page in the set", () => {
    expect(Object.keys(expected).sort()).toEqual(
      readdirSync(DIR)
        .filter((f) => f.endsWith(".html"))
        .sort(),
    );
  });

  it("finds the agency on at least 90% of the pages", () => {
    const found = Object.entries(expected).filter(([file, outlet]) => read(file).credits?.some((c) => c.outlet === outlet));
    expect(found.length / Object.keys(expected).length).toBeGreaterThanOrEqual(0.9);
  });

  for (const [file, outlet] of Object.entries(expected)) {
    it(`${file}: credits ${outlet}, and keeps the lead paragraph`, () => {
      const a = read(file);
      expect(a.credits?.map((c) => c.outlet)).toContain(outlet);
      expect(a.text).toContain("The harbour authority on Tuesday approved a plan");
    });
  }
});
