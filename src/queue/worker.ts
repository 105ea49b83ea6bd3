/**
 * A worker: claims jobs from the queue and matches each document against the
 * whole corpus through the shared band table — sketch, index, find
 * candidates, align, judge, store — exactly as embedded detection does.
 * It stops when the queue has nothing left to claim and nothing running
 * elsewhere, or keeps polling with `follow`. A lost database connection is
 * retried with backoff (the pool reconnects) before the worker gives up.
 */
import { hostname } from "node:os";
import { DocumentCache, detectRelations } from "../corpus/detect.js";
import { Corpus } from "../corpus/index.js";
import type { Problem } from "../problems.js";
import { isConnectionError, PostgresStore } from "../store/index.js";
import { BandTable } from "./band-table.js";
import { type Job, JobQueue } from "./jobs.js";

export interface WorkerOptions {
  /** Jobs claimed and processed together. */
  concurrency?: number;
  /** Keep polling for new jobs instead of stopping when the queue is drained. */
  follow?: boolean;
  maxAttempts?: number;
  leaseSeconds?: number;
  backoffSeconds?: number;
  pollSeconds?: number;
  /** Consecutive connection failures tolerated before giving up. */
  maxReconnects?: number;
  onLog?: (line: string) => void;
  onJob?: (job: Job, ok: boolean) => void;
}

export interface WorkerSummary {
  done: number;
  retried: number;
  failed: number;
}

/** Analysed documents a worker keeps between jobs (each some tens of kilobytes). */
const CACHED_DOCUMENTS = 5000;

export async function runWorker(url: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const {
    concurrency = 1,
    follow = false,
    maxAttempts = 3,
    leaseSeconds = 60,
    backoffSeconds = 1,
    pollSeconds = 1,
    maxReconnects = 5,
  } = options;
  const log = options.onLog ?? (() => {});
  const me = `${hostname()}:${process.pid}`;
  const store = new PostgresStore(url);
  const corpus = new Corpus(store);
  const summary: WorkerSummary = { done: 0, retried: 0, failed: 0 };
  let reconnects = 0;
  try {
    const pool = await store.pool();
    const queue = new JobQueue(pool);
    const bands = new BandTable(pool);
    const cache = new DocumentCache(store, CACHED_DOCUMENTS);
    for (;;) {
      try {
        const jobs = await queue.claim(concurrency, me, leaseSeconds);
        reconnects = 0;
        if (jobs.length === 0) {
          const counts = await queue.counts();
          if (!follow && counts.queued === 0 && counts.running === 0) return summary;
          await sleep(pollSeconds);
          continue;
        }
        for (const job of jobs) await processJob(job);
      } catch (err) {
        // The pool reconnects on the next query; jobs held here are claimed again (see JobQueue.claim).
        if (!isConnectionError(err) || ++reconnects > maxReconnects) throw err;
        log(`lost the database connection (${(err as Error).message}); retrying in ${2 ** (reconnects - 1)} s`);
        await sleep(2 ** (reconnects - 1));
      }
    }

    async function processJob(job: Job): Promise<void> {
      try {
        const problems: Problem[] = [];
        await detectRelations(corpus.store, bands, [job.doc], { cache, onProblem: (p) => problems.push(p) });
        // Placed in its story like a scanned document; story rows are shared through the store.
        await corpus.updateStories([job.doc], { onProblem: (p) => problems.push(p) });
        // A document that could not be analysed, or a pair that could not be judged, fails the job: retried, then kept with its error.
        const failure = problems.find((p) => p.severity === "error");
        if (failure) throw new Error(failure.message);
      } catch (err) {
        if (isConnectionError(err)) throw err;
        const state = await queue.fail(job, me, (err as Error).message, maxAttempts, backoffSeconds);
        if (state === "failed") summary.failed++;
        else summary.retried++;
        log(`${job.doc}: attempt ${job.attempts} failed (${(err as Error).message})${state === "failed" ? "; giving up" : "; will retry"}`);
        options.onJob?.(job, false);
        return;
      }
      await queue.complete(job, me);
      summary.done++;
      options.onJob?.(job, true);
    }
  } finally {
    await corpus.close();
  }
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
