/**
 * The fuzz worker thread: runs every case, reporting each start and end to
 * the test (whose watchdog ends the thread if one case never ends), and
 * collects what escaped: an exception out of `extract` or out of the ingest
 * path, or a problem that names a fault of ours rather than of the input.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extract } from "../../src/extract/index.js";
import { readInputs } from "../../src/ingest/index.js";
import { datasetPages, directoryFiles, type FuzzCase, generatedFiles, generatedPages } from "./cases.js";

export interface FuzzInput {
  dataDir: string;
  badInputDirs: string[];
  tmpDir: string;
  seed: number;
  pages: number;
  files: number;
}

/** Problem codes that mean our code failed, not the input. */
const FAULTS = new Set(["read-failed", "extract-failed"]);
const NOW = new Date("2026-01-01T00:00:00Z");

async function runCase(c: FuzzCase): Promise<string | undefined> {
  try {
    if ("html" in c) {
      const raw = { id: "x", origin: c.name, format: "html" as const, content: c.html, bytes: c.html.length, meta: {}, problems: [] };
      extract(raw, { now: NOW });
      return undefined;
    }
    for await (const item of readInputs([c.file])) {
      if (item.problem && FAULTS.has(item.problem.code)) return `${item.problem.code}: ${item.problem.message}`;
      if (item.document) extract(item.document, { now: NOW });
    }
    return undefined;
  } catch (err) {
    return `escaped: ${(err as Error).stack ?? err}`;
  }
}

const input = workerData as FuzzInput;
const all: Iterable<FuzzCase>[] = [
  datasetPages(input.dataDir),
  directoryFiles(input.badInputDirs),
  generatedPages(input.seed, input.pages),
  generatedFiles(input.tmpDir, input.seed, input.files),
];
let cases = 0;
const escaped: string[] = [];
for (const source of all) {
  for (const c of source) {
    parentPort?.postMessage({ start: c.name });
    const fault = await runCase(c);
    if (fault) escaped.push(`${c.name}: ${fault}`);
    cases++;
  }
}
parentPort?.postMessage({ finished: true, cases, escaped });
