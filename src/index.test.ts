/** The public API is a promise: this list changes only on purpose. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as api from "./index.js";

it("exports exactly the public API", () => {
  expect(Object.keys(api).sort()).toEqual([
    "ANALYZE_CHANNEL",
    "AmbiguousIdError",
    "COPY_TYPES",
    "Corpus",
    "DEFAULT_ALIGN_OPTIONS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_DB_PATH",
    "DEFAULT_MAX_BYTES",
    "DIRECTION",
    "JUDGE",
    "JobQueue",
    "LEXICON_VERSION",
    "NotFoundError",
    "PG_SCHEMA_VERSION",
    "PostgresStore",
    "SCHEMA_VERSION",
    "SHORT_ARTICLE_WORDS",
    "SKETCH_VERSION",
    "SPIN_THRESHOLDS",
    "STORY_SIMILARITY",
    "SchemaVersionError",
    "SqliteStore",
    "StoreError",
    "StoryClusters",
    "VERSION",
    "VIEWS",
    "VerifyPool",
    "alignTexts",
    "analysed",
    "analyze",
    "bandKeys",
    "compareArticles",
    "comparison",
    "contentId",
    "copyFamilies",
    "countFiles",
    "decideDirection",
    "despin",
    "detectSpin",
    "driftBetween",
    "extract",
    "extractDocument",
    "extractFacts",
    "formatLexiconTsv",
    "formatProblem",
    "isConnectionError",
    "isPostgresUrl",
    "jaccard",
    "judge",
    "lexicon",
    "minhash",
    "openStore",
    "optimalParams",
    "parseLexiconTsv",
    "printable",
    "readInputs",
    "relate",
    "runWorker",
    "sketch",
    "storyProfile",
    "substitutionsOf",
    "toSource",
    "withDirection",
  ]);
});

it("reports the package version", () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"));
  expect(api.VERSION).toBe(pkg.version);
});
