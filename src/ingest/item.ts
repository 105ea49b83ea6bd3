import type { Problem } from "../problems.js";
import type { RawDocument } from "../types.js";

/** What a reader yields: a document, or a problem that stopped one. */
export type IngestItem = { document: RawDocument; problem?: undefined } | { problem: Problem; document?: undefined };
