/** A request thread (see request-pool.ts): answers find and compare over the store, each text analysed here. */
import { parentPort, workerData } from "node:worker_threads";
import { Corpus, NotFoundError } from "./index.js";
import { UnreadableTextError } from "./posted.js";
import { answerRequest, type RequestTask } from "./request-pool.js";

const corpus = Corpus.open((workerData as { location: string }).location, { mustExist: true });

parentPort?.on("message", async (task: RequestTask) => {
  try {
    parentPort?.postMessage({ result: await answerRequest(corpus, task) });
  } catch (err) {
    const kind = err instanceof NotFoundError ? "not-found" : err instanceof UnreadableTextError ? "unreadable-text" : "failed";
    parentPort?.postMessage({ error: { kind, message: (err as Error).message } });
  }
});
