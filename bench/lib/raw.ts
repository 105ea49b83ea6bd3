/** A `RawDocument` for text a benchmark already holds in memory. */
import type { GivenMetadata, RawDocument } from "../../src/types.js";

export function rawDocument(id: string, format: RawDocument["format"], content: string, meta: GivenMetadata = {}): RawDocument {
  return { id, origin: id, format, content, bytes: content.length, meta, problems: [] };
}
