/**
 * A text given in a request (an API body), extracted and analysed but not
 * stored: what `find` and `compare` take when the user has no stored id.
 */
import { extractDocument } from "../extract/index.js";
import { contentId } from "../ingest/id.js";
import { type Analysed, analysed } from "../match/index.js";
import { formatProblem } from "../problems.js";
import type { RawDocument } from "../types.js";

/** A posted text that yields no article (nothing readable, or too large once extracted). */
export class UnreadableTextError extends Error {}

/** HTML when it opens with a tag, else plain text; `name` says which field of the request it came from. */
export function postedText(text: string, name: string): Analysed {
  const raw: RawDocument = {
    id: contentId(text),
    origin: `posted ${name}`,
    format: /^\s*</.test(text) ? "html" : "text",
    content: text,
    bytes: Buffer.byteLength(text),
    meta: {},
    problems: [],
  };
  const { article, problem } = extractDocument(raw);
  if (problem) throw new UnreadableTextError(formatProblem(problem));
  return analysed(article, text);
}
