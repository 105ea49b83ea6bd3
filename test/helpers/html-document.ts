/** A `RawDocument` holding an HTML page written in a test. */
import type { RawDocument } from "../../src/types.js";

export function htmlDocument(content: string, meta: RawDocument["meta"] = {}): RawDocument {
  return { id: "x", origin: "page.html", format: "html", content, bytes: content.length, meta, problems: [] };
}
