/** The public API is a promise: this list changes only on purpose. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as api from "./index.js";

it("exports exactly the public API", () => {
  expect(Object.keys(api).sort()).toEqual([
    "AmbiguousIdError",
    "Corpus",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_DB_PATH",
    "DEFAULT_MAX_BYTES",
    "SCHEMA_VERSION",
    "SHORT_ARTICLE_WORDS",
    "SchemaVersionError",
    "SqliteStore",
    "VERSION",
    "contentId",
    "extract",
    "formatProblem",
    "openStore",
    "readInputs",
  ]);
});

it("reports the package version", () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"));
  expect(api.VERSION).toBe(pkg.version);
});
