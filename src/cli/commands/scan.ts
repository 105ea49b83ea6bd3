/**
 * `unspun scan <inputs…>`: the main job (`Corpus.scan`), with progress per
 * stage and the documents, relations, families and stories printed.
 */

import { countFiles, formatProblem, type ScanStage, VerifyPool } from "../../index.js";
import type { Context } from "../context.js";
import { printJson } from "../output.js";
import { type Progress, startProgress } from "../progress.js";
import { familyLines, relationLine, storyLine } from "../relation-format.js";
import { type IngestFlags, ingestExitCode, summaryLine } from "./ingest.js";
import { documentLine } from "./ls.js";

export async function scanCommand(ctx: Context, inputs: string[], flags: IngestFlags & { workers?: number }): Promise<number> {
  const corpus = ctx.openCorpus();
  // One thread unless asked: verification threads analyse again every document they judge (they share no
  // memory with this one), which costs more than it saves on all but alignment-heavy corpora.
  const workers = flags.workers ?? 1;
  const pool = workers > 1 ? new VerifyPool(ctx.location, workers) : undefined;
  try {
    let progress: Progress = startProgress(ctx.o, ctx.o.tty ? await countFiles(inputs) : 0, "files");
    let stage: ScanStage = "read";
    const result = await corpus.scan(inputs, {
      ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
      ...(flags.batchSize ? { batchSize: flags.batchSize } : {}),
      ...(pool ? { verify: pool } : {}),
      onFile: (file) => progress.tick(file),
      // Reading ticks per file (above); matching and placing get a bar each, per document.
      onProgress: (now, _done, total) => {
        if (now === "read") return;
        if (now !== stage) {
          progress.stop();
          stage = now;
          progress = startProgress(ctx.o, total, now === "match" ? "documents matched" : "documents placed in stories");
        }
        progress.tick("");
      },
      onProblem: (p) => {
        if (!(ctx.o.quiet && p.severity === "warning")) progress.log(`unspun: ${formatProblem(p)}`);
      },
    });
    progress.stop();
    const { documents, relations, families, stories, summary, problems } = result;
    if (ctx.o.json) printJson(ctx.o, { documents, relations, families, stories, summary, problems });
    else {
      for (const d of documents) ctx.o.out(documentLine(d));
      if (relations.length > 0) ctx.o.out("");
      const short = (id: string) => id.slice(0, 8);
      for (const r of relations) ctx.o.out(relationLine(r, short));
      if (families.length > 0) ctx.o.out("");
      for (const f of families) for (const line of familyLines(f, short)) ctx.o.out(line);
      if (stories.length > 0) ctx.o.out("");
      for (const s of stories) ctx.o.out(storyLine(s, short));
      ctx.o.err(`unspun: ${summaryLine(summary)}; ${relations.length} relation(s)`);
    }
    return ingestExitCode(summary);
  } finally {
    await pool?.close();
    await corpus.close();
  }
}
