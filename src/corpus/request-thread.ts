/** A request thread (see request-pool.ts): answers find and compare over the store, each text analysed here. */
import { parentPort, workerData } from "node:worker_threads";
import { Corpus, NotFoundError } from "./index.js";
import { postedText, UnreadableTextError } from "./posted.js";
import type { RequestTask } from "./request-pool.js";

const corpus = Corpus.open((workerData as { location: string }).location, { mustExist: true });

async function answer(task: RequestTask): Promise<unknown> {
  if (task.kind === "find") return { relations: await corpus.find(postedText(task.text, "text")) };
  const side = (id: string | undefined, text: string | undefined, name: string) => {
    if (id) return id;
    if (text) return postedText(text, name);
    throw new UnreadableTextError(`give ${name} (a document id) or text${name.toUpperCase()}`);
  };
  const { relation, substitutions, drift, a, b } = await corpus.compare(side(task.a, task.textA, "a"), side(task.b, task.textB, "b"));
  return { relation, substitutions, drift, texts: { a: a.source, b: b.source } };
}

parentPort?.on("message", async (task: RequestTask) => {
  try {
    parentPort?.postMessage({ result: await answer(task) });
  } catch (err) {
    const kind = err instanceof NotFoundError ? "not-found" : err instanceof UnreadableTextError ? "unreadable-text" : "failed";
    parentPort?.postMessage({ error: { kind, message: (err as Error).message } });
  }
});
