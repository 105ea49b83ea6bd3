/** `unspun ingest <inputs…>`: read, extract and store; report every bad input on one line. */
import {
  type Corpus,
  countRecords,
  formatProblem,
  type IngestSummary,
  JobQueue,
  PostgresStore,
  type Problem,
  problemJson,
} from "../../index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { startProgress } from "../progress.js";

export interface IngestFlags {
  maxBytes?: number;
  batchSize?: number;
  /** Queue a matching job per document for `unspun worker` (PostgreSQL only). */
  enqueue?: boolean;
}

export interface IngestRun {
  summary: IngestSummary;
  problems: Problem[];
  /** Every document the inputs held, stored now or before. */
  ids: string[];
}

/** Runs an ingest with progress and problem lines; returns the summary and every problem. */
export async function runIngest(ctx: Context, corpus: Corpus, inputs: string[], flags: IngestFlags): Promise<IngestRun> {
  const problems: Problem[] = [];
  const ids: string[] = [];
  // Records, not files: one JSONL file can hold thousands. A record that yields no document ticks too.
  const progress = startProgress(ctx.o, ctx.o.tty ? await countRecords(inputs) : 0, "records");
  const summary = await corpus.ingest(inputs, {
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.batchSize ? { batchSize: flags.batchSize } : {}),
    onDocument: (doc) => {
      ids.push(doc.id);
      progress.tick(doc.origin);
    },
    onProblem: (p) => {
      problems.push(p);
      if (p.severity === "error") progress.tick(p.file);
      if (!(ctx.o.quiet && p.severity === "warning")) progress.log(`unspun: ${formatProblem(p)}`);
    },
  });
  progress.stop();
  return { summary, problems, ids };
}

export function summaryLine(s: IngestSummary): string {
  return `${s.files} file(s), ${s.documents} document(s): ${s.inserted} stored, ${s.existing} already stored, ${s.skipped} skipped, ${s.warnings} warning(s)`;
}

/** Exit 1 only when nothing could be done: inputs were given, and none yielded a document. */
export function ingestExitCode(s: IngestSummary): number {
  return s.documents === 0 && s.skipped > 0 ? EXIT.failed : EXIT.ok;
}

export async function ingestCommand(ctx: Context, inputs: string[], flags: IngestFlags): Promise<number> {
  const corpus = ctx.openCorpus();
  try {
    if (flags.enqueue && !(corpus.store instanceof PostgresStore)) {
      ctx.o.err("unspun: --enqueue needs a PostgreSQL store (--db postgres://… or UNSPUN_DB); with SQLite, run scan");
      return EXIT.usage;
    }
    const { summary, problems, ids } = await runIngest(ctx, corpus, inputs, flags);
    const queued =
      corpus.store instanceof PostgresStore && flags.enqueue
        ? await new JobQueue(await corpus.store.pool()).enqueue([...new Set(ids)])
        : undefined;
    if (ctx.o.json) printJson(ctx.o, { summary, queued: queued ?? null, problems: problems.map(problemJson) });
    else ctx.o.err(`unspun: ${summaryLine(summary)}${queued === undefined ? "" : `; ${queued} job(s) queued`}`);
    return ingestExitCode(summary);
  } finally {
    await corpus.close();
  }
}
