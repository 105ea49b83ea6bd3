/**
 * `unspun scan <inputs…>`: the main job. Ingests the inputs and reports the
 * documents they hold. Relations between them arrive with the reuse engine;
 * until then `relations` is empty.
 */
import type { DocumentSummary } from "../../store/index.js";
import type { Context } from "../context.js";
import { printJson } from "../output.js";
import { type IngestFlags, ingestExitCode, runIngest, summaryLine } from "./ingest.js";
import { documentLine } from "./ls.js";

export async function scanCommand(ctx: Context, inputs: string[], flags: IngestFlags): Promise<number> {
  const corpus = ctx.openCorpus();
  try {
    const { summary, problems, ids } = await runIngest(ctx, corpus, inputs, flags);
    const documents: DocumentSummary[] = await corpus.list({ ids: [...new Set(ids)], limit: ids.length });
    if (ctx.o.json) printJson(ctx.o, { documents, relations: [], summary, problems });
    else {
      for (const d of documents) ctx.o.out(documentLine(d));
      ctx.o.err(`unspun: ${summaryLine(summary)}`);
    }
    return ingestExitCode(summary);
  } finally {
    await corpus.close();
  }
}
