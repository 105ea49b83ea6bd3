/**
 * Direction on hand-written pairs (dates, metadata, siblings, no evidence),
 * families built from relation reports, and incremental story clustering.
 */
import { describe, expect, it } from "vitest";
import { rawDocument } from "../../bench/lib/raw.js";
import { extract } from "../extract/index.js";
import { type Analysed, analysed, compareArticles, type RelationReport } from "../match/index.js";
import type { GivenMetadata } from "../types.js";
import { copyFamilies, decideDirection, StoryClusters, storyProfile } from "./index.js";

const BODY = `The city council approved a new budget on Tuesday after a long debate over funding for public transport, schools and road repairs.

The mayor said the plan would help families who struggle with rising costs, and that the council had listened to residents at several public meetings.

Under the budget, the city will spend more on buses and trains, hire 120 extra teachers and fix hundreds of damaged streets before the winter.`;

const doc = (id: string, text: string, meta: GivenMetadata = {}): Analysed => analysed(extract(rawDocument(id, "text", text, meta)), text);
const relate = (x: Analysed, y: Analysed) => compareArticles(x, y);

describe("direction", () => {
  it("trusts confident dates: the earlier page is the original", () => {
    const x = doc("x", BODY, { date: "2025-03-12" });
    const y = doc("y", BODY.replace("Tuesday", "Tuesday evening"), { date: "2025-03-10" });
    const d = decideDirection(x, y, relate(x, y), { a: 0, b: 0 });
    expect(d.decision).toBe("b-original");
    expect(d.evidence.map((e) => e.signal)).toContain("date");
  });

  it("follows a canonical link to the original", () => {
    const html = `<html><head><title>Budget</title><link rel="canonical" href="https://paper.example/budget"></head><body><article>${BODY.split(
      "\n\n",
    )
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    const x = analysed(extract(rawDocument("x", "html", html, { url: "https://copy.example/a" })), html);
    const y = doc("y", BODY, { url: "https://paper.example/budget" });
    const d = decideDirection(x, y, relate(x, y), { a: 0, b: 0 });
    expect(d.decision).toBe("b-original");
  });

  it("says undetermined, with a reason, when nothing orders the pair", () => {
    const x = doc("x", BODY);
    const y = doc("y", BODY.replace("Tuesday", "Tuesday evening"));
    const d = decideDirection(x, y, relate(x, y), { a: 0.1, b: 0.1 });
    expect(d.decision).toBe("undetermined");
    expect(d.reason).toMatch(/no evidence/);
  });

  it("calls two copies that each keep facts the other lost siblings", () => {
    const x = doc("x", BODY.replace("hire 120 extra teachers", "hire extra teachers").replace("“", ""), {});
    const y = doc("y", BODY.replace("fix hundreds of damaged streets", "fix 300 damaged streets").replace("120", "some"), {});
    const report = relate(x, y);
    const withFacts: RelationReport = {
      ...report,
      coverageA: 0.8,
      coverageB: 0.8,
      drift: [
        { kind: "number", change: "lost", a: { start: 0, end: 3, text: "120", value: "120" }, b: undefined },
        { kind: "person", change: "lost", a: { start: 5, end: 9, text: "Mayor Ann Lee", value: "mayor" }, b: undefined },
        { kind: "number", change: "added", a: undefined, b: { start: 0, end: 3, text: "300", value: "300" } },
        { kind: "quote", change: "added", a: undefined, b: { start: 5, end: 9, text: "“…”", value: "…" } },
      ],
    };
    expect(decideDirection(x, y, withFacts, { a: 0.1, b: 0.1 }).decision).toBe("siblings");
  });
});

describe("families", () => {
  const rel = (a: string, b: string, decision: NonNullable<RelationReport["direction"]>["decision"], type = "spun"): RelationReport => ({
    a,
    b,
    type: type as RelationReport["type"],
    coverageA: 1,
    coverageB: 1,
    confidence: 0.9,
    passages: [],
    evidence: {} as RelationReport["evidence"],
    drift: [],
    direction: { decision, confidence: 0.8, evidence: [] },
  });

  it("roots a decided family at its original", () => {
    const [f] = copyFamilies([rel("a", "b", "a-original"), rel("b", "c", "a-original")]);
    expect(f?.root).toBe("a");
    expect(f?.members).toEqual(["a", "b", "c"]);
    expect(f?.edges.map((e) => [e.from, e.to])).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
  });

  it("hangs siblings under one missing original", () => {
    const [f] = copyFamilies([rel("a", "b", "siblings", "paraphrase"), rel("b", "c", "siblings")]);
    expect(f?.root).toMatch(/^missing:/);
    expect(f?.edges.every((e) => e.from === f.root)).toBe(true);
    expect(f?.edges.map((e) => e.to).sort()).toEqual(["a", "b", "c"]);
  });

  it("keeps undetermined edges, with why, and leaves same-story pairs out", () => {
    const families = copyFamilies([rel("a", "b", "undetermined"), rel("c", "d", "a-original", "same-story")]);
    expect(families).toHaveLength(1);
    expect(families[0]?.root).toBe("undetermined");
    expect(families[0]?.edges[0]?.direction).toBe("undetermined");
  });
});

describe("stories", () => {
  const text = (place: string, person: string, figure: string) =>
    `Floods in ${place} forced ${figure} people from their homes, officials said. ${person} visited the shelters in ${place} on Sunday and promised help for farmers whose fields were ruined by the water.`;

  it("puts reports of one event together and others apart, incrementally", () => {
    const clusters = new StoryClusters();
    clusters.add("a", storyProfile(doc("a", text("Valdoria", "Governor Ines Marquez", "12,000"))));
    clusters.add("b", storyProfile(doc("b", text("Valdoria", "Governor Ines Marquez", "12,000").replace("Sunday", "Monday"))));
    clusters.add(
      "c",
      storyProfile(
        doc("c", "The central bank raised interest rates by half a point to 5.5% on Thursday, citing stubborn inflation in services."),
      ),
    );
    const stories = clusters.stories();
    expect(stories.map((s) => s.members).sort()).toEqual([["a", "b"], ["c"]]);
    expect(stories.find((s) => s.members.includes("a"))?.label).toMatch(/Valdoria|Marquez/);
  });

  it("merges two stories that a related document bridges, and reports the moved rows", () => {
    const clusters = new StoryClusters();
    clusters.add("a", storyProfile(doc("a", text("Valdoria", "Governor Ines Marquez", "12,000"))));
    clusters.add("c", storyProfile(doc("c", "The central bank raised interest rates by half a point on Thursday.")));
    const changed = clusters.add("d", storyProfile(doc("d", "Unrelated words about a cooking contest.")), ["a", "c"]);
    expect(new Set(clusters.stories().map((s) => s.members.length))).toEqual(new Set([3]));
    expect(changed.map((r) => r.doc).sort()).toEqual(["c", "d"]);
  });
});
