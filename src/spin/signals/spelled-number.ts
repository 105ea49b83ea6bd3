/**
 * Numbers spelled out where news style writes digits. Wire style (AP, Reuters)
 * spells out only one to nine and numbers that open a sentence; a spinner's
 * number-to-words pass writes "Jan. twelve" and "fifty three".
 */
import type { Unit } from "../../text/index.js";
import type { SpinSpan } from "../types.js";
import type { SignalContext } from "./context.js";

/** The largest number news style spells out. */
const LARGEST_SPELLED = 9;
/** Round scale words ("a million", "two billion") are written as words in news too. */
const ROUND = /(hundred|thousand|million|billion|trillion)s?$/;

export function spelledNumbers(ctx: SignalContext): SpinSpan[] {
  const { analysis } = ctx;
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.from));
  const spans: SpinSpan[] = [];
  analysis.units.forEach((unit: Unit, i) => {
    if (unit.digits || unit.value === undefined || unit.value <= LARGEST_SPELLED) return;
    if (sentenceStarts.has(i) || ROUND.test(unit.norm) || !Number.isInteger(unit.value)) return;
    const text = analysis.text.slice(unit.start, unit.end);
    // Capitalised inside a sentence, a number word is part of a name ("Henk Ten Cate", "Ocean's Eleven").
    if (/^\p{Lu}/u.test(text)) return;
    spans.push({ start: unit.start, end: unit.end, text, kind: "spelled-number", suggestion: String(unit.value) });
  });
  return spans;
}
