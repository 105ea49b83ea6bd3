/** `unspun despin <copy> --source <original>`: the copy with each substitution put back, and the table of them. */

import { compareArticles, despin, Names, printable, substitutionJson } from "../../index.js";
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
      const names = new Names().addArticle(copied.article).addArticle(source.article);
      printJson(ctx.o, {
        copy: names.ref(copied.article.id),
        source: names.ref(source.article.id),
        type: report.type,
        text: result.text,
        substitutions: result.restorations.map(substitutionJson),
        notes: result.notes,
      });
      return EXIT.ok;
    }
    for (const n of result.notes) ctx.o.err(`unspun: note: ${printable(n.message)}`);
    ctx.o.out(printable(result.text, { lines: true }));
    ctx.o.out("");
    for (const line of substitutionTable(result.restorations)) ctx.o.out(line);
    return EXIT.ok;
  });
}
