import { describe, expect, it } from "vitest";
import { BUDGET, FOOTBALL, paragraphs } from "../../test/fixtures/articles.js";
import { alignTexts } from "../align/index.js";
import { analyze } from "../text/index.js";
import { judge } from "./index.js";

const verdict = (a: string, b: string) => {
  const [x, y] = [analyze(a), analyze(b)];
  return judge(x, y, alignTexts(x, y));
};
const article = paragraphs(BUDGET);

/** The article retold sentence by sentence with its words reordered, added and dropped, as a translation round trip does. */
const PARAPHRASE = [
  "On Tuesday, after a debate which lasted until late in the evening, the city council approved a budget of 4.2 billion dollars.",
  "The plan will hire 300 new teachers and repair twelve bridges in the eastern districts, said Mayor Helen Ortiz.",
  "Families already struggling with rising rents would be hurt by the increase of property taxes, argued the opponents.",
  "Eight voted for and five against, two finance committee members joining the majority at the very last minute.",
  "Public libraries will see spending rise four percent; an extra 18 million dollars will go to the parks department.",
  "If state funding does not recover, the city could face next year a shortfall, warned council member David Chen.",
  "From July 1 the budget takes effect, and in the spring an independent auditor will review it.",
  "When the council restored the funding of the summer youth program, the residents attending the meeting applauded.",
];

describe("judge", () => {
  it("calls a whole verbatim copy a duplicate", () => {
    const v = verdict(article, `${article}\n\nShare this article`);
    expect(v.type).toBe("duplicate");
    expect(v.coverageA).toBeGreaterThan(0.95);
    expect(v.confidence).toBeGreaterThan(0.9);
  });

  it("calls a few copied paragraphs an excerpt, covered on the short side", () => {
    const v = verdict(article, BUDGET.slice(2, 5).join(" "));
    expect(v.type).toBe("excerpt");
    expect(v.coverageB).toBeGreaterThan(0.9);
    expect(v.coverageA).toBeLessThan(0.6);
  });

  it("calls in-place synonym swaps spinning", () => {
    const spun = article
      .replaceAll("approved", "sanctioned")
      .replaceAll("debate", "argument")
      .replaceAll("teachers", "instructors")
      .replaceAll("repair", "mend")
      .replaceAll("families", "households")
      .replaceAll("increase", "rise")
      .replaceAll("warned", "cautioned")
      .replaceAll("extra", "additional")
      .replaceAll("restored", "reinstated")
      .replaceAll("independent", "autonomous");
    const v = verdict(article, spun);
    expect(v.type).toBe("spun");
    expect(v.evidence.substitutions.synonym ?? 0).toBeGreaterThan(5);
  });

  it("calls reordered, reworded sentences a paraphrase", () => {
    const v = verdict(article, paragraphs(PARAPHRASE));
    expect(v.type).toBe("paraphrase");
    expect(Math.min(v.coverageA, v.coverageB)).toBeGreaterThan(0.6);
  });

  it("tells independent coverage of one story from reuse", () => {
    const other =
      "Helen Ortiz, the mayor, celebrated on Tuesday. David Chen was unhappy about the 4.2 billion dollars and the 300 teachers. Opponents will campaign against the plan before July 1.";
    expect(verdict(article, other).type).toBe("same-story");
  });

  it("calls unrelated texts unrelated", () => {
    const v = verdict(article, paragraphs(FOOTBALL));
    expect(v.type).toBe("unrelated");
    expect(v.evidence.passages).toBe(0);
  });
});
