import { describe, expect, it } from "vitest";
import { analyze, lemmatize, lexicon, numberRuns, sentenceSpans, tokenize } from "./index.js";

const keys = (text: string) => analyze(text).units.map((u) => u.key);
const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe("numbers as values", () => {
  it.each([
    ["fifty three", 53],
    ["a hundred twenty five,000", 125000],
    ["one hundred and five", 105],
    ["twelve", 12],
    ["two million", 2_000_000],
  ])("%s = %d", (text, value) => {
    const runs = numberRuns(tokenize(text), text);
    expect(runs).toEqual([{ from: 0, to: tokenize(text).length, value }]);
  });

  it("gives digits and words the same key", () => {
    expect(keys("Jan. twelve")).toEqual(keys("Jan. 12"));
    expect(keys("about 125,000 people")).toEqual(keys("about a hundred twenty five,000 people"));
    expect(analyze("at 3:35 p.m.").units[1]?.value).toBeUndefined();
  });
});

describe("lemmas and classes", () => {
  const lex = lexicon();
  it.each([
    ["troops", "troop"],
    ["went", "go"],
    ["said", "say"],
    ["officials", "official"],
    ["studies", "study"],
    ["running", "run"],
    ["stopped", "stop"],
  ])("%s → %s", (word, lemma) => {
    expect(lemmatize(word, lex)).toBe(lemma);
  });

  it("puts a rare synonym in the class of the common word", () => {
    expect(lex.classOf("colossal")).toBe(lex.classOf("colossal"));
    expect(lex.areSynonyms("big", "large")).toBe(true);
    expect(lex.areSynonyms("large", "big")).toBe(true);
    expect(lex.areSynonyms("large", "banana")).toBe(false);
    expect(lex.count("the")).toBeGreaterThan(lex.count("colossal"));
  });

  it("flags stopwords and names", () => {
    const a = analyze("The mayor met Helen Ortiz in Boston.");
    expect(a.units.filter((u) => u.stop).map((u) => u.norm)).toEqual(["the", "in"]);
    expect(a.units.filter((u) => u.name).map((u) => u.norm)).toEqual(["helen", "ortiz", "boston"]);
  });
});

describe("tokens and sentences", () => {
  it("keeps offsets into the text", () => {
    const text = "Hello, world's 100,000 cats.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(["Hello", "world's", "100,000", "cats"]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(sentences("Mr. Smith met Gov. Jones at 3 p.m. Friday. They talked. George W. Bush did not.")).toEqual([
      "Mr. Smith met Gov. Jones at 3 p.m. Friday.",
      "They talked.",
      "George W. Bush did not.",
    ]);
  });

  it("cuts run-on text that lost its full stops", () => {
    const runOn = Array.from({ length: 6 }, (_, i) => `the council voted on item ${i} and then the members went home`).join(" ");
    const spans = sentenceSpans(runOn);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(runOn.slice(s.start, s.end).split(/\s+/).length).toBeLessThanOrEqual(45);
  });
});
