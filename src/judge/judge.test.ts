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

  it("calls two independent reports that share one long quotation same-story, and lists the quotation", () => {
    const statement =
      "“We have decided to raise the three key interest rates by fifty basis points, and we will keep raising them until inflation returns to our target over the medium term,” the bank said in a statement.";
    const first = `The central bank of Valdoria surprised markets on Thursday with its largest move in a decade.\n\n${statement}\n\nTraders had expected a smaller step after weak factory data earlier in the week.`;
    const second = `Borrowing costs in Valdoria are going up again, and faster than most economists had forecast.\n\n${statement}\n\nShop owners in the capital said they feared customers would spend less before the holidays.`;
    const v = verdict(first, second);
    expect(v.type).toBe("same-story");
    expect(v.evidence.sharedQuotes.count).toBe(1);
    expect(v.evidence.sharedQuotes.words).toBeGreaterThanOrEqual(30);
    expect(v.reused).toEqual([]);
  });

  it("still calls a copy a copy when it also carries the quotation", () => {
    const statement = "“We will keep raising rates until inflation returns to our target over the medium term,” the bank said.";
    const withQuote = `${article}\n\n${statement}`;
    const v = verdict(withQuote, `${paragraphs(BUDGET.slice(0, 6))}\n\n${statement}`);
    expect(["duplicate", "excerpt"]).toContain(v.type);
    expect(v.evidence.sharedQuotes.count).toBe(1);
  });

  it("calls unrelated texts unrelated", () => {
    const v = verdict(article, paragraphs(FOOTBALL));
    expect(v.type).toBe("unrelated");
    expect(v.evidence.passages).toBe(0);
  });
});
