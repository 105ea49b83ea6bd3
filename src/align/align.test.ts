import { describe, expect, it } from "vitest";
import { BUDGET, FOOTBALL, OTHER_BUDGET, paragraphs } from "../../test/fixtures/articles.js";
import { analyze, lexicon } from "../text/index.js";
import { alignTexts, alignUnits, classify } from "./index.js";

const article = paragraphs(BUDGET);

function coverage(a: string, b: string) {
  const result = alignTexts(analyze(a), analyze(b));
  const side = (k: "a" | "b", text: string) => result.passages.reduce((s, p) => s + p[k].end - p[k].start, 0) / text.length;
  return { passages: result.passages, a: side("a", a), b: side("b", b) };
}

describe("alignTexts", () => {
  it("aligns a copy with its paragraphs reordered", () => {
    const parts = article.split("\n\n");
    const reordered = [parts[2], parts[0], parts[3], parts[1]].join("\n\n");
    const c = coverage(article, reordered);
    expect(c.a).toBeGreaterThan(0.85);
    expect(c.b).toBeGreaterThan(0.85);
    const links = c.passages.flatMap((p) => p.links);
    expect(links).toHaveLength(BUDGET.length);
    for (const l of links) expect(l.score).toBeGreaterThan(0.95);
  });

  it("aligns sentences that were split and merged", () => {
    const split = article
      .replace("on Tuesday after a debate", "on Tuesday. That followed a debate")
      .replace("districts.\n\nOpponents", "districts, while opponents");
    expect(coverage(article, split).b).toBeGreaterThan(0.85);
  });

  it("aligns text that lost its sentence ends", () => {
    const runOn = article.replace(/\.(\s)/g, "$1").replace(/\n\n/g, " ");
    const c = coverage(article, runOn);
    expect(c.a).toBeGreaterThan(0.8);
    expect(c.b).toBeGreaterThan(0.8);
  });

  it("finds an excerpt inside a longer article, with offsets into both", () => {
    const excerpt = `Local news.\n\n${BUDGET.slice(3, 6).join(" ")}`;
    const { passages } = alignTexts(analyze(article), analyze(excerpt));
    expect(passages).toHaveLength(1);
    const p = passages[0] as (typeof passages)[number];
    expect(article.slice(p.a.start, p.a.end)).toBe(excerpt.slice(p.b.start, p.b.end).replace(" Spending", "\n\nSpending"));
  });

  it("finds a summary whose sentences condense parts spread over a longer text", () => {
    const filler = [...FOOTBALL, ...FOOTBALL.map((f) => f.replace("The ", "A "))];
    const long = BUDGET.slice(0, 4)
      .map((b, i) => [b, ...filler.slice(i * 3, i * 3 + 5)].join(" "))
      .join("\n\n");
    const summary = BUDGET.slice(0, 4).join(" ");
    const { passages } = alignTexts(analyze(summary), analyze(long));
    expect(passages).toHaveLength(1);
    const p = passages[0] as (typeof passages)[number];
    expect(long.slice(p.b.start, p.b.end).startsWith(BUDGET[0]?.slice(0, 20) as string)).toBe(true);
    expect(long.slice(p.b.start, p.b.end).endsWith(BUDGET[3]?.slice(-20, -1) as string)).toBe(true);
  });

  it("finds nothing between two independent reports on one topic", () => {
    expect(alignTexts(analyze(article), analyze(paragraphs(OTHER_BUDGET))).passages).toEqual([]);
  });

  it("finds nothing between unrelated texts", () => {
    expect(alignTexts(analyze(article), analyze(paragraphs(FOOTBALL))).passages).toEqual([]);
  });
});

describe("word-level edits", () => {
  const lex = lexicon();
  const unitsOf = (s: string) => analyze(s).units;

  it.each([
    ["troops", "troop", "inflection"],
    ["large", "big", "synonym"],
    ["fifty three", "53", "number-spelling"],
    ["Zelensky", "Zelenskyy", "name-variant"],
    ["table", "river", "other"],
    ["same", "same", "identical"],
  ])("%s / %s is %s", (a, b, kind) => {
    const [ua, ub] = [unitsOf(`The ${a}`), unitsOf(`The ${b}`)];
    expect(classify(ua[1] as (typeof ua)[number], ub[1] as (typeof ub)[number], lex)).toBe(kind);
  });

  it("produces an edit script that accounts for every word", () => {
    const a = unitsOf("The council approved the large budget on Tuesday");
    const b = unitsOf("The council quickly approves the big budget Tuesday");
    const edits = alignUnits({ a, b }, [0, a.length], [0, b.length], lex);
    expect(edits.reduce((n, e) => n + e.a[1] - e.a[0], 0)).toBe(a.length);
    expect(edits.reduce((n, e) => n + e.b[1] - e.b[0], 0)).toBe(b.length);
    expect(edits.map((e) => e.kind ?? e.op)).toEqual([
      "identical",
      "insert",
      "inflection",
      "identical",
      "synonym",
      "identical",
      "delete",
      "identical",
    ]);
  });
});
