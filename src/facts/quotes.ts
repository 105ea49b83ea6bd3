/**
 * Quotations with their speaker: the words inside quotation marks, and the
 * name next to a speech verb right after (”, said Jim Smith) or before
 * (Smith said: “…”) them.
 */
import type { Analysis } from "../text/index.js";
import type { Fact } from "./types.js";

const QUOTE = /[“"]([^”"]{20,}?)[”"]/gu;
/** The attribution after a quotation: `,” said the senior official` or `,” Jim Smith said`. */
const AFTER =
  /^\s*(?:said|says|told|added|asked|wrote)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})|^\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})(?:said|says|told|added|asked|wrote)\b/u;
const BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})(?:said|says|told|added|asked|wrote)[^.“"]{0,40}[:,]\s*$/u;

export function quotes(analysis: Analysis): Fact[] {
  const text = analysis.text;
  const facts: Fact[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const after = AFTER.exec(text.slice(end, end + 80));
    const before = BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    const speaker = (after?.[1] ?? after?.[2] ?? before?.[1] ?? "").replace(/[^\p{L}\s'’-]/gu, "").trim();
    const words = (m[1] as string).trim();
    facts.push({ kind: "quote", start, end, text: m[0], key: speaker.toLowerCase().split(/\s+/).pop() ?? "", value: words });
  }
  return facts;
}
