import { describe, expect, it } from "vitest";
import { analyze, attributions, quoteSpans } from "./index.js";

const quoted = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe("quotation spans", () => {
  it("finds straight and curly double quotes, guillemets in both orders, and low-high quotes", () => {
    const text =
      'He said "we will win" on Monday. She replied “not this year”. Le ministre a dit « nous verrons » hier. Er sagte »wir bleiben« und „wir kämpfen“ weiter.';
    expect(quoted(text)).toEqual(['"we will win"', "“not this year”", "« nous verrons »", "»wir bleiben«", "„wir kämpfen“"]);
  });

  it("keeps single quotes nested inside a quotation as part of it", () => {
    const text = "“They told us ‘go home now’ and we did,” the driver said.";
    expect(quoted(text)).toEqual(["“They told us ‘go home now’ and we did,”"]);
  });

  it("finds single-quoted speech but not apostrophes", () => {
    const text = "The minister said 'we will not back down on this' to reporters. The students' union met in the '90s hall, didn't it?";
    expect(quoted(text)).toEqual(["'we will not back down on this'"]);
  });

  it("carries a quotation across paragraphs when the next paragraph opens with a quote mark", () => {
    const text = "“The first part of the statement runs here.\n\n“And the second part ends it,” she said.\n\nNo quote here.";
    const spans = quoted(text);
    expect(spans).toEqual(["“The first part of the statement runs here.", "“And the second part ends it,”"]);
    const a = analyze(text);
    const words = (from: string) => a.units.filter((u) => u.start >= text.indexOf(from)).slice(0, 2);
    expect(words("And the").map((u) => a.quoted[a.units.indexOf(u)])).toEqual([1, 1]);
    expect(words("No quote").map((u) => a.quoted[a.units.indexOf(u)])).toEqual([0, 0]);
  });

  it("ends an unterminated quotation with its paragraph, and ignores a stray mark that would run on", () => {
    const text = `He said "this is never closed.\n\nThe next paragraph is his own. ${"Words run on and on without a close. ".repeat(20)} a 5'11" player`;
    expect(quoted(text)).toEqual(['"this is never closed.']);
  });

  it("marks each unit inside a quotation", () => {
    const a = analyze('The agency said "no further aftershocks are expected" on Friday.');
    const flags = a.units.map((u, i) => `${a.text.slice(u.start, u.end)}:${a.quoted[i]}`);
    expect(flags).toEqual(["The:0", "agency:0", "said:0", "no:1", "further:1", "aftershocks:1", "are:1", "expected:1", "on:0", "Friday:0"]);
  });
});

describe("attribution clauses", () => {
  it("finds speech, according-to, reports and statements, with their source", () => {
    const text =
      "“We are ready,” said Maria Lopez. According to Reuters, the vote was close. The launch was on Sunday, the BBC reported. The ministry said in a statement that talks would resume. Officials told reporters little.";
    const found = attributions(text).map((a) => [a.kind, a.source]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["speech", "Maria Lopez"],
        ["according-to", "Reuters"],
        ["report", "BBC"],
        ["statement", ""],
      ]),
    );
  });
});
