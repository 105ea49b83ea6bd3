/**
 * Wire credits on pages that print them (test/fixtures/credit-pages): every
 * form syndicated pages use — dateline, closing line, byline, "contributed",
 * copyright, "originally published by" — must name its agency. Recall over
 * the set is the figure the extraction issue is judged by (target 0.9);
 * every page is also checked on its own, so a lost form names itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract/index.js";

const DIR = join(import.meta.dirname, "fixtures", "credit-pages");
const template = readFileSync(join(DIR, "template.html"), "utf8");
const pages = JSON.parse(readFileSync(join(DIR, "pages.json"), "utf8")) as Record<
  string,
  { outlet: string; dateline?: string; byline?: string; tail?: string }
>;
const expected = Object.fromEntries(Object.entries(pages).map(([name, p]) => [name, p.outlet]));
const html = (name: string) => {
  const p = pages[name] as (typeof pages)[string];
  return template
    .replace("{{DATELINE}}", p.dateline ?? "")
    .replace("{{BYLINE}}", p.byline ?? "")
    .replace("{{TAIL}}", p.tail ?? "");
};
const read = (name: string) => {
  const content = html(name);
  return extract({ id: name, origin: `${name}.html`, format: "html", content, bytes: content.length, meta: {}, problems: [] });
};

describe("wire credits on pages that print them", () => {
  it("fills every placeholder of the page, differently for each entry", () => {
    const filled = Object.keys(pages).map(html);
    for (const page of filled) expect(page).not.toMatch(/\{\{/);
    expect(new Set(filled).size).toBe(filled.length);
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
