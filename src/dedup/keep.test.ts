import { describe, expect, it } from "vitest";
import type { RelationReport } from "../match/index.js";
import { DEDUP_TYPES, decideKept, type KeepCandidate, type KeepOptions } from "./keep.js";

const pair = (
  a: string,
  b: string,
  type: RelationReport["type"],
  coverageA: number,
  coverageB: number,
  original?: "a" | "b",
): RelationReport =>
  ({
    a,
    b,
    type,
    coverageA,
    coverageB,
    confidence: 0.9,
    passages: [],
    drift: [],
    ...(original ? { direction: { decision: `${original}-original`, confidence: 0.9, evidence: [] } } : {}),
  }) as unknown as RelationReport;

const docs = (...specs: Array<[string, number, string?]>): KeepCandidate[] =>
  specs.map(([id, words, date], order) => ({ id, order, words, ...(date ? { date } : {}) }));

const options = (o: Partial<KeepOptions> = {}): KeepOptions => ({ keep: "first", minCoverage: 0.8, types: DEDUP_TYPES, ...o });
const kept = (d: ReturnType<typeof decideKept>) => [...d].filter(([, x]) => x.kept).map(([id]) => id);

describe("decideKept", () => {
  it("never chains: a dropped document pulls in no other", () => {
    // b is a copy of a; c is a copy of b but not of a. c stays, since b is not kept.
    const d = decideKept(
      docs(["a", 100], ["b", 100], ["c", 100]),
      [pair("a", "b", "duplicate", 1, 1), pair("b", "c", "spun", 0.9, 0.9)],
      options(),
    );
    expect(kept(d)).toEqual(["a", "c"]);
    expect(d.get("b")).toEqual({ kept: false, by: "a", type: "duplicate", coverage: 1 });
  });

  it("counts a relation only when the kept document covers enough of the dropped one", () => {
    // The excerpt e covers a third of the full text f; f covers all of e.
    const rel = [pair("e", "f", "excerpt", 1, 0.33)];
    expect(kept(decideKept(docs(["e", 40], ["f", 120]), rel, options()))).toEqual(["e", "f"]);
    expect(kept(decideKept(docs(["e", 40], ["f", 120]), rel, options({ keep: "longest" })))).toEqual(["f"]);
    expect(kept(decideKept(docs(["e", 40], ["f", 120]), rel, options({ minCoverage: 0.3 })))).toEqual(["e"]);
  });

  it("admits only the chosen types, never same-story", () => {
    const rel = [pair("a", "b", "spun", 0.95, 0.95), pair("a", "c", "same-story", 1, 1)];
    expect(kept(decideKept(docs(["a", 10], ["b", 10], ["c", 10]), rel, options({ types: ["duplicate"] })))).toEqual(["a", "b", "c"]);
    expect(kept(decideKept(docs(["a", 10], ["b", 10], ["c", 10]), rel, options()))).toEqual(["a", "c"]);
  });

  it("earliest orders by trusted date, undated after dated, ties by input order", () => {
    const rel = [pair("a", "b", "duplicate", 1, 1), pair("a", "c", "duplicate", 1, 1), pair("b", "c", "duplicate", 1, 1)];
    expect(kept(decideKept(docs(["a", 10], ["b", 10, "2024-03-02"], ["c", 10, "2024-03-01"]), rel, options({ keep: "earliest" })))).toEqual(
      ["c"],
    );
    expect(kept(decideKept(docs(["a", 10], ["b", 10]), rel, options({ keep: "earliest" })))).toEqual(["a"]);
  });

  it("original keeps the side provenance names, else the longest", () => {
    const named = [pair("a", "b", "spun", 0.9, 0.9, "b")];
    expect(kept(decideKept(docs(["a", 200], ["b", 100]), named, options({ keep: "original" })))).toEqual(["b"]);
    const undecided = [pair("a", "b", "spun", 0.9, 0.9)];
    expect(kept(decideKept(docs(["a", 100], ["b", 200]), undecided, options({ keep: "original" })))).toEqual(["b"]);
  });

  it("drops a document by the kept one covering most of it", () => {
    const rel = [pair("a", "c", "paraphrase", 0.9, 0.85), pair("b", "c", "duplicate", 0.95, 0.97)];
    const d = decideKept(docs(["a", 10], ["b", 10], ["c", 10]), rel, options());
    expect(d.get("c")).toEqual({ kept: false, by: "b", type: "duplicate", coverage: 0.97 });
  });
});
