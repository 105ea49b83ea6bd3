/**
 * Candidate pairs judged on worker threads: alignment is the costly part of
 * matching and pairs are independent, so `scan --workers N` spreads them over
 * N threads, each reading the documents from the same store (SQLite in WAL
 * mode, or PostgreSQL) and keeping its own analysed documents.
 */
import type { Worker } from "node:worker_threads";
import type { PairVerifier, Verified } from "./detect.js";
import { startThread } from "./thread.js";

export class VerifyPool implements PairVerifier {
  readonly #threads: Worker[];

  constructor(location: string, threads: number) {
    this.#threads = Array.from({ length: threads }, () => startThread("verify-thread", { location }));
  }

  async verify(pairs: ReadonlyArray<[string, string]>): Promise<Verified> {
    const shares = this.#threads.map((): Array<[string, string]> => []);
    for (const [i, p] of pairs.entries()) shares[i % shares.length]?.push(p);
    const results = await Promise.all(this.#threads.map((t, i) => ask(t, shares[i] ?? [])));
    // Back in the order the pairs came, as embedded matching stores them.
    const byPair = new Map(results.flatMap((r) => r.reports).map((r) => [`${r.a} ${r.b}`, r]));
    return {
      reports: pairs.flatMap(([a, b]) => byPair.get(`${a} ${b}`) ?? []),
      problems: results.flatMap((r) => r.problems),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((t) => t.terminate()));
  }
}

function ask(thread: Worker, pairs: Array<[string, string]>): Promise<Verified> {
  if (pairs.length === 0) return Promise.resolve({ reports: [], problems: [] });
  return new Promise((resolve, reject) => {
    const onMessage = (message: Verified & { error?: string }) => {
      thread.off("error", onError);
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    };
    const onError = (err: Error) => {
      thread.off("message", onMessage);
      reject(err);
    };
    thread.once("message", onMessage);
    thread.once("error", onError);
    thread.postMessage({ pairs });
  });
}
