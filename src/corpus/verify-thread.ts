/** A verifier thread (see verify-pool.ts): judges the pairs it is sent, reading documents from the store. */
import { parentPort, workerData } from "node:worker_threads";
import { compareArticles, type RelationReport } from "../match/index.js";
import { withDirection } from "../provenance/index.js";
import { openStore } from "../store/index.js";
import { DocumentCache } from "./detect.js";

/** Analysed documents a thread keeps; older ones are read again when needed. */
const CACHED_DOCUMENTS = 2000;

const store = openStore((workerData as { location: string }).location);
const cache = new DocumentCache(store, CACHED_DOCUMENTS);

parentPort?.on("message", async ({ pairs }: { pairs: Array<[string, string]> }) => {
  try {
    const reports: RelationReport[] = [];
    for (const [a, b] of pairs) {
      const [x, y] = [await cache.get(a), await cache.get(b)];
      if (x && y) reports.push(withDirection(x, y, compareArticles(x, y)));
    }
    parentPort?.postMessage({ reports });
  } catch (err) {
    parentPort?.postMessage({ error: (err as Error).message });
  }
});
