/**
 * The source-free detector's signals on hand-written sentences, its score
 * on a hand-written clean text and a spun copy of it, and its refusal to
 * judge text that is not English.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../test/helpers/cli.js";
import { detectSpin, type SpinKind } from "./index.js";

const FIXTURES = join(ROOT, "test", "fixtures", "despin");
const source = readFileSync(join(FIXTURES, "source.txt"), "utf8");
const copy = readFileSync(join(FIXTURES, "spun.txt"), "utf8");

const spansOf = (text: string, kind: SpinKind) => detectSpin(text).spans.filter((s) => s.kind === kind);

describe("spin signals", () => {
  it("finds a fixed expression broken by a synonym swap and restores it", () => {
    const text = "The minister refused to govern out a strike, officials said on Monday.";
    const [span] = spansOf(text, "broken-phrase");
    expect(span?.text).toBe("govern out");
    expect(span?.suggestion).toBe("rule out");
    expect(text.slice(span?.start, span?.end)).toBe(span?.text);
  });

  it("leaves the intact expression alone", () => {
    expect(spansOf("The minister refused to rule out a strike, officials said on Monday.", "broken-phrase")).toEqual([]);
  });

  it("flags numbers spelled out where news style writes digits, not one to nine or a sentence opener", () => {
    const spans = spansOf("Prices rose by fifty three percent between Jan. twelve and March, and two banks closed.", "spelled-number");
    expect(spans.map((s) => [s.text, s.suggestion])).toEqual([
      ["fifty three", "53"],
      ["twelve", "12"],
    ]);
    expect(spansOf("Twelve people were hurt and three were taken to hospital.", "spelled-number")).toEqual([]);
  });

  it("flags fused words and a sentence run into the next", () => {
    const spans = detectSpin(
      "Officials said theU.S. would respond to the attack the talks ended without a deal The minister left early.",
    ).spans;
    expect(spans.find((s) => s.kind === "fused-words")?.suggestion).toBe("the U.S.");
    expect(spans.find((s) => s.kind === "lost-boundary")?.suggestion).toBe("deal. The");
  });

  it("does not take a title after a preposition for a lost boundary", () => {
    expect(spansOf("He told reporters in an interview with The New York Times that he would stay.", "lost-boundary")).toEqual([]);
  });

  it("knows the tortured phrases of the seed lexicon", () => {
    const [span] = spansOf("The team built a counterfeit consciousness system to sort the photographs.", "known-phrase");
    expect(span?.suggestion).toBe("artificial intelligence");
  });

  it("uses learned substitutions, a single word only once seen twice", () => {
    const text = "The committee will mend the roads and engage extra staff.";
    const learned = new Map([
      ["mend", "fix"],
      ["engage extra", "hire more"],
    ]);
    const spans = detectSpin(text, { learned }).spans.filter((s) => s.kind === "known-phrase");
    expect(spans.map((s) => [s.text, s.suggestion])).toEqual([
      ["mend", "fix"],
      ["engage extra", "hire more"],
    ]);
  });

  it("flags rare synonyms and suggests a common word in their place", () => {
    const spans = detectSpin(copy).spans.filter((s) => s.kind === "rare-synonym");
    expect(spans.length).toBeGreaterThan(0);
    const sanguine = spans.find((s) => s.text === "sanguine");
    expect(sanguine?.suggestion).toBe("optimistic");
  });
});

describe("spin score", () => {
  it("calls the hand-written original clean and its spun copy spun", () => {
    const clean = detectSpin(source);
    const spun = detectSpin(copy);
    expect(clean.verdict).toBe("clean");
    expect(spun.verdict).toBe("spun");
    expect(spun.score).toBeGreaterThan(clean.score);
    expect(spun.score).toBeLessThanOrEqual(1);
    expect(clean.score).toBeGreaterThanOrEqual(0);
  });

  it("scores the copy lower without word vectors, but still reads it", () => {
    const without = detectSpin(copy, { vectors: null });
    expect(without.spans.some((s) => s.kind === "misfit-synonym")).toBe(false);
    expect(without.spans.length).toBeGreaterThan(0);
  });

  it("does not judge text that is not English", () => {
    const r = detectSpin(
      "Der Bundestag hat am Dienstag ein neues Gesetz beschlossen, das die Mieten in den großen Städten begrenzen soll. Die Opposition kritisierte den Entwurf.",
    );
    expect(r.verdict).toBe("uncertain");
    expect(r.spans).toEqual([]);
    expect(r.notes).toEqual([expect.objectContaining({ code: "english-only", feature: "spin", language: "de" })]);
    expect(r.notes[0]?.message).toMatch(/English only/);
  });
});
