/**
 * Word vectors (data/vectors.bin.gz, built by scripts/build-vectors.ts from
 * GloVe, PDDL): unit-length, int8-quantised, for the lexicon's common words.
 * Loaded once, on first use; a missing file disables the context-fit signal
 * with a warning instead of failing the detector.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export const VECTORS_VERSION = 1;
const VECTORS_URL = new URL("../../data/vectors.bin.gz", import.meta.url);

export interface WordVectors {
  readonly dims: number;
  /** The word's unit vector (scaled by 127), or undefined when it has none. */
  get(word: string): Int8Array | undefined;
}

let loaded: WordVectors | null | undefined;

export function wordVectors(): WordVectors | undefined {
  if (loaded === undefined) {
    if (existsSync(VECTORS_URL)) loaded = parseVectors(gunzipSync(readFileSync(VECTORS_URL)));
    else {
      process.emitWarning("data/vectors.bin.gz is missing: spin detection runs without its context-fit signal (npm run build:vectors)");
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

function parseVectors(buffer: Buffer): WordVectors {
  const first = buffer.indexOf(10);
  const second = buffer.indexOf(10, first + 1);
  const [, version, dims] = /^unspun vectors v(\d+) (\d+)$/.exec(buffer.subarray(0, first).toString("utf8")) ?? [];
  if (Number(version) !== VECTORS_VERSION) {
    throw new Error(
      `word vectors format v${version ?? "?"} does not match this unspun (v${VECTORS_VERSION}); rebuild with npm run build:vectors`,
    );
  }
  const n = Number(dims);
  const words = buffer
    .subarray(first + 1, second)
    .toString("utf8")
    .split(" ");
  const bytes = new Int8Array(buffer.buffer, buffer.byteOffset + second + 1, words.length * n);
  const index = new Map(words.map((w, i) => [w, i]));
  return {
    dims: n,
    get: (word) => {
      const i = index.get(word);
      return i === undefined ? undefined : bytes.subarray(i * n, (i + 1) * n);
    },
  };
}
