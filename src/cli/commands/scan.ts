/**
 * `unspun scan <inputs…>`: the main job (`Corpus.scan`), with progress per
 * stage and the documents, relations, families and stories printed.
 */

import { familyJson, Names, problemJson, relationJson, storyJson, summaryJson, VerifyPool } from "../../index.js";
import type { Context } from "../context.js";
import { printJson } from "../output.js";
import { scanProgress, seconds } from "../progress.js";
import { familyLines, labels, relationLine, storyLines } from "../relation-format.js";
import { type IngestFlags, ingestExitCode, summaryLine } from "./ingest.js";
import { documentLine } from "./ls.js";

export async function scanCommand(ctx: Context, inputs: string[], flags: IngestFlags & { workers?: number }): Promise<number> {
  const corpus = ctx.openCorpus();
  // One thread unless asked: verification threads analyse again every document they judge (they share no
  // memory with this one), which costs more than it saves on all but alignment-heavy corpora.
  const workers = flags.workers ?? 1;
  const pool = workers > 1 ? new VerifyPool(ctx.location, workers) : undefined;
  try {
    const started = performance.now();
    const progress = await scanProgress(ctx.o, inputs);
    const result = await corpus
      .scan(inputs, {
        ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
        ...(flags.batchSize ? { batchSize: flags.batchSize } : {}),
        ...(pool ? { verify: pool } : {}),
        ...progress.options,
      })
      .finally(() => progress.stop());
    const { documents, relations, families, stories, summary, problems } = result;
    const names = new Names();
    for (const d of documents) names.addSummary(d);
    if (ctx.o.json)
      printJson(ctx.o, {
        documents: documents.map(summaryJson),
        relations: relations.map((r) => relationJson(r, names)),
        families: families.map((f) => familyJson(f, names)),
        stories: stories.map((s) => storyJson(s, names)),
        summary,
        problems: problems.map(problemJson),
      });
    else {
      const name = labels(names);
      for (const d of documents) ctx.o.out(documentLine(d));
      if (relations.length > 0) ctx.o.out("");
      for (const r of relations) ctx.o.out(relationLine(r, name));
      if (families.length > 0) ctx.o.out("");
      for (const f of families) for (const line of familyLines(f, name)) ctx.o.out(line);
      if (stories.length > 0) ctx.o.out("");
      for (const s of stories) for (const line of storyLines(s, name)) ctx.o.out(line);
      ctx.o.err(`unspun: ${summaryLine(summary)}; ${relations.length} relation(s) in ${seconds(started)}`);
    }
    return ingestExitCode(summary);
  } finally {
    await pool?.close();
    await corpus.close();
  }
}
