/**
 * unspun: find every copy of a news story and trace it back to its source.
 *
 * The library API. The pipeline's stages are exported one by one, and
 * `Corpus` ties them to a store.
 *
 * @example
 * import { Corpus, extract } from "unspun";
 * const corpus = Corpus.open();
 * await corpus.ingest(["examples/seeds"]);
 */
export { Corpus, DEFAULT_BATCH_SIZE, type IngestRunOptions, type IngestSummary } from "./corpus/index.js";
export { type ExtractOptions, extract, SHORT_ARTICLE_WORDS } from "./extract/index.js";
export { contentId, DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions, readInputs } from "./ingest/index.js";
export { formatProblem, type Problem, type ProblemCode, type ProblemSeverity } from "./problems.js";
export {
  AmbiguousIdError,
  DEFAULT_DB_PATH,
  type DocumentSummary,
  type ListOptions,
  openStore,
  type PutResult,
  SCHEMA_VERSION,
  SchemaVersionError,
  SqliteStore,
  type Store,
  type StoredDocument,
} from "./store/index.js";
export type * from "./types.js";
export { VERSION } from "./version.js";
