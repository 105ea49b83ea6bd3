/**
 * A fuzz test that can fail: extraction and ingest over every HTML page of
 * the shared datasets, the bad-input corpora and seeded generated damage,
 * with 0 escaped exceptions and 0 hangs. The cases run on a worker thread;
 * a watchdog here ends it when one case has not finished in WATCHDOG_MS
 * (a hang detector set far above any case's work, not a timing assertion).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { expect, it } from "vitest";
import type { FuzzInput } from "./fuzz/run-cases.js";
import { writeBadInput } from "./helpers/badinput.js";
import { haveData, SHARED_BADINPUT, SHARED_DATA } from "./helpers/data.js";
import { tempDir } from "./helpers/tmp.js";

const WATCHDOG_MS = 60_000;

function runFuzz(input: FuzzInput): Promise<{ cases: number; escaped: string[]; hung?: string }> {
  const entry = JSON.stringify(new URL("./fuzz/run-cases.ts", import.meta.url).href);
  const worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`, {
    eval: true,
    workerData: input,
  });
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    worker.on("message", (m: { start?: string; finished?: boolean; cases: number; escaped: string[] }) => {
      clearTimeout(timer);
      if (m.start !== undefined) {
        const name = m.start;
        timer = setTimeout(() => {
          void worker.terminate();
          resolve({ cases: 0, escaped: [], hung: name });
        }, WATCHDOG_MS);
      } else if (m.finished) {
        void worker.terminate();
        resolve(m);
      }
    });
    worker.on("error", reject);
  });
}

it("extracts and ingests every fuzz case without an escaped exception or a hang", async () => {
  const tmp = tempDir();
  const files = join(tmp, "files");
  mkdirSync(files);
  const data = haveData("fuzz over the datasets' HTML pages", SHARED_DATA) ? SHARED_DATA : join(tmp, "no-data");
  const badInputDirs = [writeBadInput(join(tmp, "badinput"))];
  if (haveData("fuzz over ../shared/badinput", SHARED_BADINPUT)) badInputDirs.push(SHARED_BADINPUT);
  const result = await runFuzz({ dataDir: data, badInputDirs, tmpDir: files, seed: 20261202, pages: 440, files: 60 });
  console.log(`fuzz: ${result.cases} case(s), ${result.escaped.length} escaped, ${result.hung ? `hung on ${result.hung}` : "no hang"}`);
  expect(result.hung).toBeUndefined();
  expect(result.escaped).toEqual([]);
  expect(result.cases).toBeGreaterThan(500);
}, 900_000);
