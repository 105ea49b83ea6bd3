/**
 * `unspun dedup <inputs…> [-o out.jsonl]`: a deduplicated dataset
 * (`dedup` in the library). The inputs are scanned into `--db` when one is
 * named, else into a temporary store removed afterwards; every record chosen
 * by `--emit` is written with its cluster and what it duplicates.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus, type DedupEmit, type DedupSummary, type DedupType, dedup, type KeepRule, VerifyPool } from "../../index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { scanProgress } from "../progress.js";
import { openSinkOrSay } from "../write.js";

export interface DedupFlags {
  output?: string;
  keep?: KeepRule;
  emit?: DedupEmit;
  minCoverage?: number;
  types?: DedupType[];
  maxBytes?: number;
  workers?: number;
}

export async function dedupCommand(ctx: Context, inputs: string[], flags: DedupFlags): Promise<number> {
  const sink = openSinkOrSay(ctx.o, flags.output);
  if (!sink) return EXIT.failed;
  // A store named (--db or $UNSPUN_DB) keeps what is scanned; otherwise a temporary one is used and removed.
  const named = ctx.flags.db !== undefined || process.env.UNSPUN_DB !== undefined;
  const temp = named ? undefined : mkdtempSync(join(tmpdir(), "unspun-dedup-"));
  const location = temp ? join(temp, "dedup.db") : ctx.location;
  const corpus = temp ? Corpus.open(location) : ctx.openCorpus("create");
  const workers = flags.workers ?? 1;
  const pool = workers > 1 ? new VerifyPool(location, workers) : undefined;
  const progress = await scanProgress(ctx.o, inputs);
  try {
    const run = await dedup(corpus, inputs, {
      ...(flags.keep ? { keep: flags.keep } : {}),
      ...(flags.emit ? { emit: flags.emit } : {}),
      ...(flags.minCoverage !== undefined ? { minCoverage: flags.minCoverage } : {}),
      ...(flags.types ? { types: flags.types } : {}),
      scan: {
        ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
        ...(pool ? { verify: pool } : {}),
        ...progress.options,
      },
    }).finally(() => progress.stop());
    for await (const line of run.lines()) await sink.write(`${line}\n`);
    await sink.commit();
    if (!ctx.o.quiet) ctx.o.err(`unspun: dedup: ${dedupSummaryLine(run.summary)}`);
    return run.summary.records === 0 && run.summary.skipped > 0 ? EXIT.failed : EXIT.ok;
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    await pool?.close();
    await corpus.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/** `7 record(s) read, 3 kept, 4 dropped (duplicate 2, excerpt 1, spun 1, paraphrase 0), 1 skipped`. */
export function dedupSummaryLine(s: DedupSummary): string {
  const by = Object.entries(s.droppedBy)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
  return `${s.records} record(s) read, ${s.kept} kept, ${s.dropped} dropped (${by}), ${s.skipped} skipped`;
}
