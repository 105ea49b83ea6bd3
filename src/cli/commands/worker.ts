/** `unspun worker` and `unspun jobs`: process the PostgreSQL queue, and see it. */

import { isPostgresUrl, JobQueue, Names, PostgresStore, printable, runWorker } from "../../index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { docLabel } from "../relation-format.js";

export interface WorkerFlags {
  concurrency?: number;
  follow?: boolean;
  maxAttempts?: number;
  leaseSeconds?: number;
}

function postgresUrl(ctx: Context): string | undefined {
  const url = ctx.flags.db ?? process.env.UNSPUN_DB;
  if (url && isPostgresUrl(url)) return url;
  ctx.o.err("unspun: the queue lives in PostgreSQL: give --db postgres://… (or UNSPUN_DB)");
  return undefined;
}

export async function workerCommand(ctx: Context, flags: WorkerFlags): Promise<number> {
  const url = postgresUrl(ctx);
  if (!url) return EXIT.usage;
  let seen = 0;
  const summary = await runWorker(url, {
    ...flags,
    onLog: (line) => ctx.o.err(`unspun: ${printable(line)}`),
    onJob: () => {
      if (!ctx.o.quiet && ++seen % 100 === 0) ctx.o.err(`unspun: ${seen} job(s) processed`);
    },
  });
  if (ctx.o.json) printJson(ctx.o, summary);
  else ctx.o.err(`unspun: worker done: ${summary.done} done, ${summary.retried} to retry, ${summary.failed} failed`);
  return EXIT.ok;
}

export async function jobsCommand(ctx: Context): Promise<number> {
  const url = postgresUrl(ctx);
  if (!url) return EXIT.usage;
  const store = new PostgresStore(url);
  try {
    const queue = new JobQueue(await store.pool());
    const [counts, failed] = [await queue.counts(), await queue.failed()];
    const names = await Names.of(
      { list: (o) => store.listDocuments(o) },
      failed.map((f) => f.doc),
    );
    if (ctx.o.json)
      printJson(ctx.o, {
        ...counts,
        failedJobs: failed.map((f) => ({ document: names.ref(f.doc), attempts: f.attempts, error: f.error, updatedAt: f.updatedAt })),
      });
    else {
      ctx.o.out(`queued ${counts.queued}  running ${counts.running}  done ${counts.done}  failed ${counts.failed}`);
      for (const f of failed)
        ctx.o.out(`  failed ${docLabel(names.named(f.doc))} after ${f.attempts} attempt(s), ${f.updatedAt}: ${printable(f.error)}`);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
