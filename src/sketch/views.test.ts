/** Each view catches the rewrite it is built for. */
import { describe, expect, it } from "vitest";
import { BUDGET, FOOTBALL, paragraphs } from "../../test/fixtures/articles.js";
import { analyze } from "../text/index.js";
import { sketch, type ViewName } from "./index.js";

function sharedBands(x: string, y: string): Record<ViewName, number> {
  const a = sketch(analyze(x));
  const keys = new Set(a.keys.map((k) => `${k.view}:${k.key}`));
  const out: Record<ViewName, number> = { verbatim: 0, canonical: 0, skeleton: 0 };
  for (const k of sketch(analyze(y)).keys) if (keys.has(`${k.view}:${k.key}`)) out[k.view]++;
  return out;
}

const article = paragraphs(BUDGET);

describe("sketch views", () => {
  it("verbatim: an excerpt of two paragraphs inside the article", () => {
    const excerpt = paragraphs(BUDGET.slice(2, 6));
    expect(sharedBands(article, excerpt).verbatim).toBeGreaterThan(0);
  });

  it("canonical: a copy with inflections, synonyms and numbers spelled out", () => {
    const spun = article
      .replaceAll("approved", "approves")
      .replaceAll("debate", "argument")
      .replaceAll("teachers", "instructors")
      .replaceAll("300", "three hundred")
      .replaceAll("repair", "mend")
      .replaceAll("families", "households")
      .replaceAll("increase", "rise");
    const shared = sharedBands(article, spun);
    expect(shared.canonical).toBeGreaterThan(shared.verbatim);
  });

  it("skeleton: the same names and numbers in other words", () => {
    const retold =
      "On Tuesday Mayor Helen Ortiz won approval for 4.2 billion dollars of spending, including 300 teachers and twelve bridges. David Chen questioned the plan. It starts on July 1.";
    expect(sharedBands(article, retold).skeleton).toBeGreaterThan(0);
  });

  it("shares nothing between unrelated articles", () => {
    const shared = sharedBands(article, paragraphs(FOOTBALL));
    expect(shared.verbatim + shared.canonical).toBe(0);
  });
});
