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

export {
  type AlignedPassage,
  type Alignment,
  type AlignOptions,
  alignTexts,
  DEFAULT_ALIGN_OPTIONS,
  type Edit,
  type EditKind,
} from "./align/index.js";
export {
  answerRequest,
  type CompareAnswer,
  type Comparison,
  Corpus,
  type CorpusSummary,
  comparison,
  DEFAULT_BATCH_SIZE,
  DeadlineError,
  type DetectOptions,
  type DocumentRecord,
  type FindAnswer,
  type IngestRunOptions,
  type IngestSummary,
  NotFoundError,
  PoolBusyError,
  postedText,
  REQUEST_DEADLINE_MS,
  RequestPool,
  type RequestPoolOptions,
  relate,
  type ScanOptions,
  type ScanResult,
  type ScanStage,
  UnreadableTextError,
  VerifyPool,
} from "./corpus/index.js";
export * from "./dedup/index.js";
export { type Extracted, type ExtractOptions, extract, extractDocument, SHORT_ARTICLE_WORDS } from "./extract/index.js";
export { type DriftChange, type DriftItem, driftBetween, extractFacts, type Fact, type FactKind } from "./facts/index.js";
export { contentId, countFiles, countRecords, DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions, readInputs } from "./ingest/index.js";
export * as dedupSchemas from "./json/dataset.js";
export * from "./json/index.js";
export { COPY_TYPES, type Evidence, JUDGE, judge, type RelationType, type Verdict } from "./judge/index.js";
export {
  type Analysed,
  analysed,
  type Change,
  compareArticles,
  type PassageReport,
  type RelationReport,
  toSource,
} from "./match/index.js";
export { printable } from "./printable.js";
export { formatProblem, type Problem, type ProblemCode, type ProblemSeverity, type Stage } from "./problems.js";
export {
  copyFamilies,
  DIRECTION,
  type Direction,
  type DirectionDecision,
  type DirectionEvidence,
  decideDirection,
  type Family,
  type FamilyEdge,
  STORY_SIMILARITY,
  type Story,
  StoryClusters,
  type StoryProfile,
  storyProfile,
  withDirection,
} from "./provenance/index.js";
export {
  type FailedJob,
  type Job,
  type JobCounts,
  JobQueue,
  type JobState,
  runWorker,
  type WorkerOptions,
  type WorkerSummary,
} from "./queue/index.js";
export { bandKeys, jaccard, minhash, optimalParams, type Signature, SKETCH_VERSION, type Sketch, sketch, VIEWS } from "./sketch/index.js";
export {
  type Despun,
  despin,
  detectSpin,
  formatLexiconTsv,
  parseLexiconTsv,
  type Restoration,
  SPIN_THRESHOLDS,
  type SpinKind,
  type SpinOptions,
  type SpinReport,
  type SpinSpan,
  type SpinVerdict,
  type Substitution,
  substitutionsOf,
} from "./spin/index.js";
export {
  AmbiguousIdError,
  DEFAULT_DB_PATH,
  type DocumentPage,
  type DocumentQuery,
  type DocumentSort,
  type DocumentSummary,
  isConnectionError,
  isPostgresUrl,
  type LearnedSubstitution,
  type ListedDocument,
  type ListOptions,
  openStore,
  PG_SCHEMA_VERSION,
  PostgresStore,
  type PutResult,
  SCHEMA_VERSION,
  SchemaVersionError,
  type SpinRow,
  SqliteStore,
  type Store,
  type StoreCounts,
  type StoredDocument,
  StoreError,
} from "./store/index.js";
export {
  ANALYZE_CHANNEL,
  type Analysis,
  analyze,
  DETECTABLE_LANGUAGES,
  detectLanguage,
  type EnglishOnlyFeature,
  englishOnly,
  LEXICON_VERSION,
  type Lexicon,
  lexicon,
  type Note,
  stopwordsFor,
  type Unit,
} from "./text/index.js";
export { countWords } from "./text/word-count.js";
export type * from "./types.js";
export { VERSION } from "./version.js";
