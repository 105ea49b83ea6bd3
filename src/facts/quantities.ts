/**
 * Numbers and dates. A number is read with the noun it counts ("100,000
 * troops", "fifty three percent"); a day number after a month name is a date.
 */
import { MONTHS } from "../extract/months.js";
import type { Analysis, Unit } from "../text/index.js";
import type { Fact } from "./types.js";

/** Words between a number and its noun that do not stop the search ("100,000 Russian troops"). */
const MAX_NOUN_DISTANCE = 3;

export function quantities(analysis: Analysis): Fact[] {
  const { units, text } = analysis;
  const facts: Fact[] = [];
  units.forEach((unit, i) => {
    if (unit.value === undefined) return;
    const before = units[i - 1];
    const month = before ? MONTHS.get(before.norm.replace(/\.$/, "")) : undefined;
    if (month !== undefined && unit.digits && unit.value >= 1 && unit.value <= 31 && isAdjacent(text, before as Unit, unit)) {
      const start = (before as Unit).start;
      facts.push({
        kind: "date",
        start,
        end: unit.end,
        text: text.slice(start, unit.end),
        key: `month ${month}`,
        value: String(unit.value),
      });
      return;
    }
    // Years and clock times are dates and times, not quantities.
    if (unit.digits && /^(1[89]|20)\d\d$/.test(unit.norm)) return;
    const noun = countedNoun(units, i);
    const end = noun ? noun.end : unit.end;
    facts.push({
      kind: "number",
      start: unit.start,
      end,
      text: text.slice(unit.start, end),
      key: noun?.key ?? "",
      value: String(unit.value),
    });
  });
  return facts;
}

function countedNoun(units: readonly Unit[], from: number): Unit | undefined {
  for (let j = from + 1; j <= from + MAX_NOUN_DISTANCE && j < units.length; j++) {
    const u = units[j] as Unit;
    if (u.value !== undefined) return undefined;
    // Adjectives of nationality and names sit between a figure and its noun ("40,000 Russian troops").
    if (!u.stop && !u.name) return u;
  }
  return undefined;
}

/** Only spaces (and the month abbreviation's dot) between two units. */
function isAdjacent(text: string, a: Unit, b: Unit): boolean {
  return /^\.?\s+$/.test(text.slice(a.end, b.start));
}
