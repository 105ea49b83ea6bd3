/**
 * Lost boundaries. Scrapers and spinners drop spaces and full stops: a
 * function word fused onto the next word ("theGovernment", "forMarch") and a
 * sentence running into the next ("… its demands The White House said").
 */
import { STOPWORDS } from "../../text/index.js";
import type { SpinSpan } from "../types.js";
import type { SignalContext } from "./context.js";

/** Words that open sentences and are not capitalised inside one. */
const SENTENCE_OPENERS = new Set(
  "The It He She They We But However This That There These Those His Her Their Its Our In After Before When While".split(" "),
);

export function lostBoundaries(ctx: SignalContext): SpinSpan[] {
  const text = ctx.analysis.text;
  const spans: SpinSpan[] = [];
  for (const m of text.matchAll(/\b([a-z]{2,5})([A-Z][\p{L}.]*)/gu)) {
    const [whole, head = "", rest = ""] = m;
    if (!STOPWORDS.has(head)) continue;
    const start = m.index as number;
    spans.push({ start, end: start + whole.length, text: whole, kind: "fused-words", suggestion: `${head} ${rest}` });
  }
  // A content word, a space and a sentence opener that does not begin a title ("of The New York Times").
  for (const m of text.matchAll(/(?<![\p{L}’'-])(\p{Ll}[\p{L}’'-]*)[ \t]+(\p{Lu}\p{Ll}*)\b(?![ \t]+\p{Lu})/gu)) {
    const [whole, previous = "", opener = ""] = m;
    if (!SENTENCE_OPENERS.has(opener) || STOPWORDS.has(previous)) continue;
    const start = m.index as number;
    spans.push({ start, end: start + whole.length, text: whole, kind: "lost-boundary", suggestion: `${previous}. ${opener}` });
  }
  return spans.sort((a, b) => a.start - b.start);
}
