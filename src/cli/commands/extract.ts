/** `unspun extract <file…>`: extraction only, nothing stored. One JSON object per document with --json. */
import { articleJson, extractDocument, readInputs } from "../../index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson, printProblem } from "../output.js";
import { printArticle } from "./show.js";

export async function extractCommand(ctx: Context, inputs: string[], flags: { maxBytes?: number }): Promise<number> {
  let documents = 0;
  let failures = 0;
  for await (const item of readInputs(inputs, flags.maxBytes ? { maxBytes: flags.maxBytes } : {})) {
    if (item.problem) {
      printProblem(ctx.o, item.problem);
      failures++;
      continue;
    }
    const { article, problem } = extractDocument(item.document);
    if (problem) {
      printProblem(ctx.o, problem);
      failures++;
      continue;
    }
    documents++;
    for (const p of article.problems) printProblem(ctx.o, p);
    if (ctx.o.json) printJson(ctx.o, articleJson(article));
    else {
      if (documents > 1) ctx.o.out(`\n${"─".repeat(72)}\n`);
      printArticle(ctx, article);
    }
  }
  return documents === 0 && failures > 0 ? EXIT.failed : EXIT.ok;
}
