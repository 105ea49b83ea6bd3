import { describe, expect, it } from "vitest";
import { findDate } from "./dates.js";

const NOW = new Date("2026-01-01T00:00:00Z");
const date = (s: string) => findDate(s, NOW)?.value;

describe("findDate", () => {
  it.each([
    ["2021-12-30T15:35:00Z", "2021-12-30"],
    ["Thursday, December 30, 2021", "2021-12-30"],
    ["Dec. 30, 2021", "2021-12-30"],
    ["30 December 2021", "2021-12-30"],
    ["30. Dezember 2021", "2021-12-30"],
    ["19. Juli 2014", "2014-07-19"],
    ["30.12.2021", "2021-12-30"],
    ["12/30/2021", "2021-12-30"],
    ["le 3 mars 2020", "2020-03-03"],
    ["20211230", "2021-12-30"],
  ])("%s → %s", (text, want) => {
    expect(date(text)).toBe(want);
  });

  it("rejects impossible and far-future dates", () => {
    expect(date("2021-02-30")).toBeUndefined();
    expect(date("May 3, 2099")).toBeUndefined();
    expect(date("in 1887")).toBeUndefined();
  });

  it("returns the earliest date in the text", () => {
    expect(date("Updated March 2, 2022; first published Jan 5, 2022")).toBe("2022-03-02");
  });
});
