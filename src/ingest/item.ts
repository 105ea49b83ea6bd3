import type { Problem } from "../problems.js";
import type { RawDocument } from "../types.js";

/** What a reader yields: a document, or a problem that stopped one. */
export type IngestItem =
  | {
      document: RawDocument;
      problem?: undefined;
      /** For a JSONL record: its line as read (trimmed), so that a command can pass the record's own fields through unchanged. */
      source?: string;
    }
  | { problem: Problem; document?: undefined };
