/**
 * Costly requests — `find` and `compare` — answered on worker threads, so
 * that the thread serving HTTP stays free for cheap reads. Each request has
 * a deadline: past it the thread doing the work is stopped (alignment cannot
 * be interrupted from outside, but a thread can be terminated) and a fresh
 * one takes its place. The queue is bounded: a request that finds it full is
 * refused at once rather than waiting behind work it cannot outlast.
 */
import type { Worker } from "node:worker_threads";
import type { DriftItem } from "../facts/index.js";
import type { RelationReport } from "../match/index.js";
import type { Restoration } from "../spin/index.js";
import { type Corpus, NotFoundError } from "./index.js";
import { postedText, UnreadableTextError } from "./posted.js";
import { startThread } from "./thread.js";

export type RequestTask = { kind: "find"; text: string } | { kind: "compare"; a?: string; textA?: string; b?: string; textB?: string };

export interface FindAnswer {
  relations: RelationReport[];
}
export interface CompareAnswer {
  relation: RelationReport;
  substitutions: Restoration[];
  drift: DriftItem[];
  texts: { a: string; b: string };
}

/** The answer to a request, computed here: what a pool thread runs, and what a server without a pool calls. */
export function answerRequest(corpus: Corpus, task: Extract<RequestTask, { kind: "find" }>): Promise<FindAnswer>;
export function answerRequest(corpus: Corpus, task: Extract<RequestTask, { kind: "compare" }>): Promise<CompareAnswer>;
export function answerRequest(corpus: Corpus, task: RequestTask): Promise<FindAnswer | CompareAnswer>;
export async function answerRequest(corpus: Corpus, task: RequestTask): Promise<FindAnswer | CompareAnswer> {
  if (task.kind === "find") return { relations: await corpus.find(postedText(task.text, "text")) };
  const side = (id: string | undefined, text: string | undefined, name: string) => {
    if (id) return id;
    if (text) return postedText(text, name);
    throw new UnreadableTextError(`give ${name} (a document id) or text${name.toUpperCase()}`);
  };
  const { relation, substitutions, drift, a, b } = await corpus.compare(side(task.a, task.textA, "a"), side(task.b, task.textB, "b"));
  return { relation, substitutions, drift, texts: { a: a.source, b: b.source } };
}

export interface RequestPoolOptions {
  threads?: number;
  /** Requests that may wait for a thread; one more is a `PoolBusyError`. */
  queue?: number;
  /** Milliseconds a request may take, waiting included; past it, a `DeadlineError`. */
  deadlineMs?: number;
}

/**
 * A find over a news corpus answers in tens of milliseconds and a compare of
 * two long articles in about a second; ten seconds is past any honest
 * request and short enough that an abusive one frees its thread soon.
 */
export const REQUEST_DEADLINE_MS = 10_000;
/** Waiting requests per thread: a client retrying after a refusal costs less than a queue it would time out in. */
export const QUEUE_PER_THREAD = 8;

export class DeadlineError extends Error {}
export class PoolBusyError extends Error {}

interface Job {
  task: RequestTask;
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  thread?: Worker;
}

export class RequestPool {
  readonly #location: string;
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #running = new Map<Worker, Job>();
  readonly #queueLimit: number;
  readonly #deadline: number;
  #closed = false;

  constructor(location: string, options: RequestPoolOptions = {}) {
    this.#location = location;
    const threads = Math.max(1, options.threads ?? 1);
    this.#queueLimit = options.queue ?? threads * QUEUE_PER_THREAD;
    this.#deadline = options.deadlineMs ?? REQUEST_DEADLINE_MS;
    for (let i = 0; i < threads; i++) this.#idle.push(this.#start());
  }

  find(text: string): Promise<FindAnswer> {
    return this.#run({ kind: "find", text }) as Promise<FindAnswer>;
  }

  compare(sides: Omit<Extract<RequestTask, { kind: "compare" }>, "kind">): Promise<CompareAnswer> {
    return this.#run({ kind: "compare", ...sides }) as Promise<CompareAnswer>;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) this.#fail(job, new PoolBusyError("the server is shutting down"));
    const threads = [...this.#idle.splice(0), ...this.#running.keys()];
    for (const job of this.#running.values()) this.#fail(job, new PoolBusyError("the server is shutting down"));
    this.#running.clear();
    await Promise.all(threads.map((t) => t.terminate()));
  }

  #run(task: RequestTask): Promise<unknown> {
    if (this.#closed) return Promise.reject(new PoolBusyError("the server is shutting down"));
    if (this.#idle.length === 0 && this.#queue.length >= this.#queueLimit) {
      return Promise.reject(new PoolBusyError(`${this.#queue.length} requests are waiting already`));
    }
    return new Promise((resolve, reject) => {
      const job: Job = { task, resolve, reject, timer: setTimeout(() => this.#expire(job), this.#deadline) };
      this.#queue.push(job);
      this.#next();
    });
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const thread = this.#idle.pop() as Worker;
      const job = this.#queue.shift() as Job;
      job.thread = thread;
      this.#running.set(thread, job);
      thread.postMessage(job.task);
    }
  }

  #start(): Worker {
    const thread = startThread("request-thread", { location: this.#location });
    thread.on("message", (message: { result?: unknown; error?: { kind: string; message: string } }) => {
      const job = this.#running.get(thread);
      if (!job) return;
      this.#running.delete(thread);
      clearTimeout(job.timer);
      if (message.error) job.reject(revived(message.error));
      else job.resolve(message.result);
      this.#idle.push(thread);
      this.#next();
    });
    thread.on("error", (err) => {
      const job = this.#running.get(thread);
      if (job) this.#fail(job, err);
      this.#replace(thread);
    });
    return thread;
  }

  /** Past its deadline: a waiting job leaves the queue; a running one takes its thread down with it. */
  #expire(job: Job): void {
    const message = `not answered within ${this.#deadline} ms`;
    const waiting = this.#queue.indexOf(job);
    if (waiting >= 0) this.#queue.splice(waiting, 1);
    else if (job.thread) this.#replace(job.thread);
    job.reject(new DeadlineError(message));
  }

  #replace(thread: Worker): void {
    this.#running.delete(thread);
    const at = this.#idle.indexOf(thread);
    if (at >= 0) this.#idle.splice(at, 1);
    void thread.terminate();
    if (this.#closed) return;
    this.#idle.push(this.#start());
    this.#next();
  }

  #fail(job: Job, err: Error): void {
    clearTimeout(job.timer);
    job.reject(err);
  }
}

/** The error a thread reported, as the type callers tell apart. */
function revived(error: { kind: string; message: string }): Error {
  if (error.kind === "not-found") return new NotFoundError(error.message);
  if (error.kind === "unreadable-text") return new UnreadableTextError(error.message);
  return new Error(error.message);
}
