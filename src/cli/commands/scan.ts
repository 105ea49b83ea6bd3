/**
 * `unspun scan <inputs…>`: the main job. Ingests the inputs, indexes them,
 * finds every copy among them and in the corpus, and reports documents and
 * relations.
 */

import { VerifyPool } from "../../corpus/verify-pool.js";
import type { RelationReport } from "../../match/index.js";
import { formatProblem, type Problem } from "../../problems.js";
import { copyFamilies } from "../../provenance/index.js";
import type { DocumentSummary } from "../../store/index.js";
import type { Context } from "../context.js";
import { printJson } from "../output.js";
import { startProgress } from "../progress.js";
import { familyLines, relationLine, storyLine } from "../relation-format.js";
import { type IngestFlags, ingestExitCode, runIngest, summaryLine } from "./ingest.js";
import { documentLine } from "./ls.js";

export async function scanCommand(ctx: Context, inputs: string[], flags: IngestFlags & { workers?: number }): Promise<number> {
  const corpus = ctx.openCorpus();
  const pool = flags.workers && flags.workers > 1 ? new VerifyPool(ctx.location, flags.workers) : undefined;
  try {
    const started = new Date().toISOString();
    const { summary, problems, ids } = await runIngest(ctx, corpus, inputs, flags);
    // Documents an earlier run left unmatched (killed, or a failed stage) are matched now too.
    const unique = [...new Set([...ids, ...(await corpus.pending(started))])];
    const progress = startProgress(ctx.o, unique.length, "documents matched");
    const onProblem = (p: Problem) => {
      problems.push(p);
      progress.log(`unspun: ${formatProblem(p)}`);
    };
    const found = await corpus.detect(unique, { onProgress: () => progress.tick(""), onProblem, ...(pool ? { verify: pool } : {}) });
    progress.stop();
    await corpus.updateStories(unique, { onProblem });
    const related = new Set(found.flatMap((r) => [r.a, r.b]));
    const involved = [...new Set([...unique, ...related])];
    const documents: DocumentSummary[] = await corpus.list({ ids: involved, limit: involved.length });
    const relations: RelationReport[] = await corpus.relations(involved);
    const families = copyFamilies(relations);
    const inScan = new Set(involved);
    const stories = (await corpus.stories()).filter((s) => s.members.some((m) => inScan.has(m)));
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
