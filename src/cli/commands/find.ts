/** `unspun find <file-or-id>`: every corpus document related to one text, strongest first. */
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { relationLine } from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function findCommand(ctx: Context, target: string): Promise<number> {
  return withCorpus(ctx, async (corpus) => {
    const text = await resolveText(target, corpus);
    const relations = await corpus.find(text);
    if (ctx.o.json) printJson(ctx.o, { target: text.article.id, relations });
    else {
      for (const r of relations) ctx.o.out(relationLine(r, (id) => (id === text.article.id ? target : id)));
      ctx.o.err(`unspun: ${relations.length} related document(s)`);
    }
    return EXIT.ok;
  });
}
