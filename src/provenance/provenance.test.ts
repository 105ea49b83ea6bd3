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
const spins = (a: number, b: number) => (side: "a" | "b") => (side === "a" ? a : b);

describe("direction", () => {
  it("trusts confident dates: the earlier page is the original", () => {
    const x = doc("x", BODY, { date: "2025-03-12" });
    const y = doc("y", BODY.replace("Tuesday", "Tuesday evening"), { date: "2025-03-10" });
    const d = decideDirection(x, y, relate(x, y), spins(0, 0));
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
    const d = decideDirection(x, y, relate(x, y), spins(0, 0));
    expect(d.decision).toBe("b-original");
  });

  it("names the original a copy credits: 'DW reported' on a copy of a dw.com page", () => {
    const original = doc("o", BODY, { url: "https://www.dw.com/en/budget/a-1" });
    const copy = doc("c", BODY.replace("after a long debate", "after a long debate, DW reported,"), { url: "https://news.example/budget" });
    for (const [x, y, expected] of [
      [original, copy, "a-original"],
      [copy, original, "b-original"],
    ] as const) {
      const d = decideDirection(x, y, relate(x, y), spins(0, 0));
      expect(d.decision).toBe(expected);
      expect(d.evidence.find((e) => e.signal === "credit")?.note).toMatch(/credits DW/);
    }
  });

  it("reads a wire credit both copies carry as siblings, not as an original", () => {
    const ap = (city: string) => `${city} (AP) — ${BODY}`;
    const x = doc("x", ap("CHICAGO"), { url: "https://one.example/a" });
    const y = doc("y", ap("CHICAGO").replace("Tuesday", "Tuesday night"), { url: "https://two.example/b" });
    const d = decideDirection(x, y, relate(x, y), spins(0, 0));
    expect(d.decision).toBe("siblings");
    expect(d.evidence.map((e) => e.signal)).toContain("shared-credit");
  });

  it("never names an original on spin and containment alone", () => {
    const x = doc("x", BODY);
    const y = doc("y", BODY.split("\n\n").slice(0, 2).join("\n\n"));
    const d = decideDirection(x, y, { ...relate(x, y), type: "excerpt", coverageA: 0.6, coverageB: 1 }, spins(0.05, 0.9));
    expect(d.decision).toBe("undetermined");
    expect(d.reason).toMatch(/only weak evidence/);
    // No substitutions: the shared text reads the same on both sides, so spin is no evidence here.
    expect(d.evidence.map((e) => e.signal).sort()).toEqual(["containment"]);
  });

  it("says undetermined, with a reason, when nothing orders the pair", () => {
    const x = doc("x", BODY);
    const y = doc("y", BODY.replace("Tuesday", "Tuesday evening"));
    const d = decideDirection(x, y, relate(x, y), spins(0.1, 0.1));
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
    expect(decideDirection(x, y, withFacts, spins(0.1, 0.1)).decision).toBe("siblings");
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

  it("merges two stories that a document copying from both bridges, and reports the moved rows", () => {
    const clusters = new StoryClusters();
    clusters.add("a", storyProfile(doc("a", text("Valdoria", "Governor Ines Marquez", "12,000"))));
    clusters.add("c", storyProfile(doc("c", "The central bank raised interest rates by half a point on Thursday.")));
    const changed = clusters.add("d", storyProfile(doc("d", "Unrelated words about a cooking contest.")), ["a", "c"]);
    expect(new Set(clusters.stories().map((s) => s.members.length))).toEqual(new Set([3]));
    expect(changed.map((r) => r.doc).sort()).toEqual(["c", "d"]);
  });

  it("does not chain two stories through a hub that resembles both", () => {
    const clusters = new StoryClusters();
    const floods = (n: number) => text("Valdoria", "Governor Ines Marquez", `${12 + n},000`);
    const fires = (n: number) =>
      `Wildfires near Corvetta destroyed ${300 + n} homes, officials said. Fire chief Tomas Brandt said crews in Corvetta were working through the night to save the vineyards.`;
    for (let n = 0; n < 4; n++) clusters.add(`flood${n}`, storyProfile(doc(`flood${n}`, floods(n))));
    for (let n = 0; n < 4; n++) clusters.add(`fire${n}`, storyProfile(doc(`fire${n}`, fires(n))));
    // A round-up of both disasters: like each story in part, the same as neither.
    clusters.add("hub", storyProfile(doc("hub", `${floods(9)} ${fires(9)}`)));
    const members = clusters.stories().map((s) => s.members.filter((m) => m !== "hub").sort());
    expect(members.filter((m) => m.length > 0)).toEqual(
      expect.arrayContaining([
        ["flood0", "flood1", "flood2", "flood3"],
        ["fire0", "fire1", "fire2", "fire3"],
      ]),
    );
  });

  it("keeps dated reports more than the window apart in separate stories, unless one copies the other", () => {
    const clusters = new StoryClusters();
    const same = text("Valdoria", "Governor Ines Marquez", "12,000");
    clusters.add("june", storyProfile(doc("june", same, { date: "2025-06-01" })));
    clusters.add("june2", storyProfile(doc("june2", same.replace("Sunday", "Monday"), { date: "2025-06-03" })));
    clusters.add("october", storyProfile(doc("october", same.replace("Sunday", "Friday"), { date: "2025-10-20" })));
    expect(
      clusters
        .stories()
        .map((s) => s.members.sort())
        .sort(),
    ).toEqual([["june", "june2"], ["october"]]);
    clusters.add("reprint", storyProfile(doc("reprint", same, { date: "2025-11-30" })), ["june"]);
    expect(
      clusters
        .stories()
        .find((s) => s.members.includes("reprint"))
        ?.members.sort(),
    ).toEqual(["june", "june2", "reprint"]);
    expect(clusters.stories().find((s) => s.members.includes("june"))?.span).toEqual({ start: "2025-06-01", end: "2025-11-30" });
  });

  it("labels a story with names and terms its members write, as they write them", () => {
    const clusters = new StoryClusters();
    clusters.add("a", storyProfile(doc("a", text("Valdoria", "Governor Ines Marquez", "12,000"))));
    clusters.add("b", storyProfile(doc("b", text("Valdoria", "Governor Ines Marquez", "12,000").replace("Sunday", "Monday"))));
    const label = clusters.stories()[0]?.label ?? "";
    const written = `${text("Valdoria", "Governor Ines Marquez", "12,000")}`.toLowerCase();
    for (const part of label.split(", ")) expect(written).toContain(part.toLowerCase());
    expect(label).toMatch(/Marquez/);
  });
});
