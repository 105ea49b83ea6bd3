/** A verifier thread (see verify-pool.ts): judges the pairs it is sent, reading documents from the store. */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/index.js";
import { DocumentCache, verifyPairs } from "./detect.js";

/** Analysed documents a thread keeps; older ones are read again when needed. */
const CACHED_DOCUMENTS = 2000;

const store = openStore((workerData as { location: string }).location);
const cache = new DocumentCache(store, CACHED_DOCUMENTS);

parentPort?.on("message", async ({ pairs }: { pairs: Array<[string, string]> }) => {
  try {
    parentPort?.postMessage(await verifyPairs(pairs, cache));
  } catch (err) {
    parentPort?.postMessage({ error: (err as Error).message });
  }
});
