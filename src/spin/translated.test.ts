/** The translation round-trip signal: its marks on hand-written sentences, and what it leaves alone. */
import { describe, expect, it } from "vitest";
import { analyze } from "../text/index.js";
import { translationMarks } from "./translated.js";

const marks = (text: string) => translationMarks(analyze(text)).marks.map((m) => `${m.kind}:${m.text}`);

describe("translation marks", () => {
  it("finds a phrase said twice over and the half of a doubled abbreviation", () => {
    const text =
      "The agency said the families would wait for them or wait for them at the port. The US Coast Guard UU. said the boat left at dawn.";
    expect(marks(text)).toEqual(["repeated-phrase:wait for them or wait for them", "orphan-abbreviation:UU."]);
    expect(translationMarks(analyze(text)).verdict).toBe("translated");
  });

  it("leaves lists, Roman numerals, repetitions across sentences and rhetoric in quotations alone", () => {
    const text = [
      "The maker sells the Model 3 Plus and Model 3 Plus Max in four colours, a spokesman said.",
      "King Henry II. reigned for thirty-five years.",
      "The plan was led by a minority ethnic group. A minority ethnic group also opposed it.",
      '"Never again, never again, never again," the mayor said.',
    ].join(" ");
    expect(marks(text)).toEqual([]);
    expect(translationMarks(analyze(text)).verdict).toBe("clean");
  });
});
