/**
 * The seed pages: content-farm copies wrapped in site chrome. Extraction must
 * return the article alone and list what it removed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS } from "../../test/helpers/tmp.js";
import { contentId } from "../ingest/index.js";
import type { Article } from "../types.js";
import { extract } from "./index.js";

const files = readdirSync(SEEDS).sort();
const NOW = new Date("2026-01-01T00:00:00Z");

function seed(prefix: string): { raw: string; article: Article } {
  const name = files.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  const raw = readFileSync(join(SEEDS, name), "utf8");
  const article = extract(
    { id: contentId(raw), origin: name, format: "text", content: raw, bytes: raw.length, meta: {}, problems: [] },
    { now: NOW },
  );
  return { raw, article };
}

/** Lines no article body should keep: widgets, boxes, taglines, contact and copyright lines. */
const CHROME = [
  /^-?\d+(\.\d)?\s?°?[CF]$/m,
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d+, \d{4}$/m,
  /^\w+ \d{1,2}, \d{4}$/m,
  /newsletter/i,
  /^Read (more|also)/im,
  /^Related Articles$/im,
  /^Must Read$/im,
  /\d+ min read/i,
  /Copyright/i,
  /\[email protected\]/,
];

describe("extract on the seeds", () => {
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    it(`${prefix}: returns the article without site chrome`, () => {
      const { article } = seed(prefix);
      expect(article.status).toBe("ok");
      for (const pattern of CHROME) expect(article.text).not.toMatch(pattern);
    });
  }

  it("lists removed blocks with reasons", () => {
    const reasons = (p: string) => seed(p).article.boilerplate.map((b) => b.reason);
    expect(reasons("004")).toEqual(
      expect.arrayContaining(["weather-widget", "dateline", "newsletter", "related-links", "contact-line", "copyright"]),
    );
    expect(reasons("003")).toEqual(expect.arrayContaining(["dateline", "masthead", "reading-time"]));
    expect(reasons("002")).toContain("related-links");
  });

  it("takes seed 004's headline as its title", () => {
    const { article } = seed("004");
    expect(article.title).toBe("U.S., Russia Move Closer to Talks Over Ukraine as Moscow Amasses Troops");
    expect(article.text.startsWith("The U.S. and Russia moved closer")).toBe(true);
  });

  it("gives seed 003 no confident date from its masthead", () => {
    const { article } = seed("003");
    expect(article.date?.source).toBe("site-chrome");
    expect(article.date?.confidence ?? 0).toBeLessThan(0.5);
    expect(article.title).toMatch(/^US and Russia face/);
  });

  it("rejoins sentences cut at linked names", () => {
    const { article } = seed("004");
    expect(article.text).toMatch(/Russian President Vladimir Putin said Thursday/);
  });

  it("maps every paragraph back to the raw text exactly", () => {
    for (const prefix of ["000", "001", "003"]) {
      const { raw, article } = seed(prefix);
      const map = article.sourceMap;
      expect(map.length).toBeGreaterThan(0);
      for (let i = 0; i < map.length; i += 3) {
        const [t, r, n] = [map[i] as number, map[i + 1] as number, map[i + 2] as number];
        expect(article.text.slice(t, t + n)).toBe(raw.slice(r, r + n));
      }
      for (const p of article.paragraphs) expect(p.rawStart).toBeLessThan(p.rawEnd as number);
    }
  });

  it("finds the copyright holder in the removed lines", () => {
    expect(seed("004").article.copyright).toBe("Dow Jones & Company, Inc.");
  });
});
