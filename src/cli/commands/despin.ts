/** `unspun despin <copy> --source <original>`: the copy with each substitution put back, and the table of them. */

import { compareArticles, despin, printable } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { substitutionTable } from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function despinCommand(ctx: Context, copy: string, flags: { source: string }): Promise<number> {
  return withOptionalCorpus(ctx, async (corpus) => {
    const source = await resolveText(flags.source, corpus);
    const copied = await resolveText(copy, corpus);
    const report = compareArticles(source, copied);
    if (report.passages.length === 0) {
      ctx.o.err(`unspun: ${printable(copy)} shares no passage with ${printable(flags.source)} (${report.type}); nothing to restore`);
      return EXIT.failed;
    }
    const result = despin(report, copied.source);
    if (ctx.o.json) {
      printJson(ctx.o, { copy: copied.article.id, source: source.article.id, type: report.type, ...result });
      return EXIT.ok;
    }
    ctx.o.out(printable(result.text, { lines: true }));
    ctx.o.out("");
    for (const line of substitutionTable(result.restorations)) ctx.o.out(line);
    return EXIT.ok;
  });
}
