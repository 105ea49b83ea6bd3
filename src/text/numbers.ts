/**
 * Numbers written in words, read as values: "fifty three" = 53, "a hundred
 * twenty five,000" = 125000, "twelve" = 12. Digits with separators are read
 * too ("175,000" = 175000). Runs are found over tokens, so the caller can
 * merge the run into one unit.
 */
import type { Token } from "./tokens.js";

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SMALL = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, (i + 2) * 10] as const)]);
const SCALES = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

export interface NumberRun {
  /** Token index of the first token of the run. */
  from: number;
  /** Token index after the last. */
  to: number;
  value: number;
}

/** A digit token's value, or `undefined` for times and other non-quantities ("3:35"). */
export function digitValue(text: string): number | undefined {
  if (text.includes(":")) return undefined;
  const plain = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replaceAll(",", "") : text;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** Every spelled-out number in the tokens, longest run first at each position. */
export function numberRuns(tokens: readonly Token[], text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, text, i);
    if (run) {
      runs.push(run);
      i = run.to;
    } else i++;
  }
  return runs;
}

/** Every word that can start a spelled-out number. */
const STARTERS = new Set([...SMALL.keys(), ...SCALES.keys(), "a"]);

function readRun(tokens: readonly Token[], text: string, from: number): NumberRun | undefined {
  const first = (tokens[from] as Token).text;
  if (first.length > 9 || !STARTERS.has(first.toLowerCase())) return undefined;
  let total = 0;
  let current = 0;
  let words = 0;
  let end = from;
  for (let i = from; i < tokens.length; i++) {
    const w = (tokens[i] as Token).text.toLowerCase();
    const small = SMALL.get(w);
    const scale = SCALES.get(w);
    if (small !== undefined) {
      current += small;
    } else if (scale !== undefined && (words > 0 || w !== "hundred")) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if ((w === "a" || w === "one") && SCALES.has((tokens[i + 1]?.text ?? "").toLowerCase()) && words === 0) {
      current = 0;
    } else if (w === "and" && words > 0 && SMALL.has((tokens[i + 1]?.text ?? "").toLowerCase())) {
      continue;
    } else break;
    words++;
    end = i + 1;
    // "seventy five,000": a spelled number followed by ",000" groups.
    const next = tokens[i + 1];
    if (next && /^0{3}(,0{3})*$/.test(next.text) && text[next.start - 1] === "," && next.start - 1 === (tokens[i] as Token).end) {
      total += current * 10 ** next.text.replaceAll(",", "").length;
      current = 0;
      end = i + 2;
      break;
    }
  }
  if (words === 0) return undefined;
  return { from, to: end, value: total + current };
}
