/** `unspun drift <a> <b>`: the facts that differ between two aligned texts, a → b. */

import { compareArticles, driftJson, Names, printable } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { driftLines } from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function driftCommand(ctx: Context, first: string, second: string): Promise<number> {
  return withOptionalCorpus(ctx, async (corpus) => {
    const a = await resolveText(first, corpus);
    const b = await resolveText(second, corpus);
    const report = compareArticles(a, b);
    if (ctx.o.json) {
      const names = new Names().addArticle(a.article).addArticle(b.article);
      printJson(ctx.o, { a: names.ref(a.article.id), b: names.ref(b.article.id), type: report.type, drift: report.drift.map(driftJson) });
      return EXIT.ok;
    }
    if (report.passages.length === 0) {
      ctx.o.err(`unspun: ${printable(first)} and ${printable(second)} share no passage (${report.type}); no facts to compare`);
      return EXIT.ok;
    }
    for (const line of driftLines(report.drift)) ctx.o.out(line);
    return EXIT.ok;
  });
}
