/** Facts read from hand-written news sentences, and the drift between two versions of one. */
import { describe, expect, it } from "vitest";
import { analyze } from "../text/index.js";
import { driftBetween, extractFacts, type Fact } from "./index.js";

const facts = (text: string) => extractFacts(analyze(text));
const whole = (text: string) => [{ a: { start: 0, end: text.length }, b: { start: 0, end: text.length } }];

describe("facts", () => {
  it("reads numbers with the noun they count, and dates", () => {
    const f = facts("About 40,000 Russian troops massed near the border, officials said on March 12.");
    expect(f.find((x) => x.kind === "number")).toMatchObject({ value: "40000", text: "40,000 Russian troops" });
    expect(f.find((x) => x.kind === "date")).toMatchObject({ key: "month 3", value: "12", text: "March 12" });
  });

  it("reads spelled-out numbers as values and leaves years alone", () => {
    const f = facts("In 2019 the firm hired fifty three engineers.");
    expect(f.filter((x) => x.kind === "number").map((x) => x.value)).toEqual(["53"]);
  });

  it("splits a titled name into title and person, and keeps untitled names as names", () => {
    const f = facts("The talks were led by Deputy Foreign Minister Mara Okonkwo and the Red Cross said it would help.");
    expect(f.find((x) => x.kind === "person")).toMatchObject({ key: "okonkwo", value: "deputy foreign minister" });
    expect(f.find((x) => x.kind === "name")).toMatchObject({ key: "red cross" });
  });

  it("reads quotations with their speaker", () => {
    const f = facts("“We will not accept these terms under any circumstances,” said Mara Okonkwo.");
    expect(f.find((x) => x.kind === "quote")).toMatchObject({
      key: "okonkwo",
      value: "We will not accept these terms under any circumstances,",
    });
  });
});

describe("drift", () => {
  const a = "Deputy Foreign Minister Mara Okonkwo said about 40,000 troops had crossed on March 12, and 300 tanks.";
  const b = "Prime Minister Mara Okonkwo said about 50,000 troops had crossed on March 14, and the tanks.";
  const items = driftBetween(
    facts(a),
    facts(b),
    whole(a).map((p) => ({ a: p.a, b: { start: 0, end: b.length } })),
    { a, b },
  );
  const find = (kind: Fact["kind"], change: string) => items.find((d) => d.kind === kind && d.change === change);

  it("finds a changed title, a changed figure and a changed date", () => {
    expect(find("person", "changed")).toMatchObject({ a: { value: "deputy foreign minister" }, b: { value: "prime minister" } });
    expect(find("number", "changed")).toMatchObject({ a: { value: "40000" }, b: { value: "50000" } });
    expect(find("date", "changed")).toMatchObject({ a: { value: "12" }, b: { value: "14" } });
  });

  it("finds a lost figure, with offsets into its text", () => {
    const lost = find("number", "lost");
    expect(lost?.a?.value).toBe("300");
    expect(a.slice(lost?.a?.start, lost?.a?.end)).toBe(lost?.a?.text);
    expect(lost?.b).toBeUndefined();
  });

  it("finds nothing between identical texts", () => {
    expect(driftBetween(facts(a), facts(a), whole(a), { a, b: a })).toEqual([]);
  });
});
