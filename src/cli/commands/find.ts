/** `unspun find <file-or-id>`: every corpus document related to one text, strongest first. */
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { relationLine } from "../relation-format.js";
import { ResolveError, resolveText } from "../resolve.js";

export async function findCommand(ctx: Context, target: string): Promise<number> {
  const corpus = ctx.openCorpus();
  try {
    const text = await resolveText(target, corpus);
    const relations = await corpus.find(text);
    if (ctx.o.json) printJson(ctx.o, { target: text.article.id, relations });
    else {
      for (const r of relations) ctx.o.out(relationLine(r, (id) => (id === text.article.id ? target : id)));
      ctx.o.err(`unspun: ${relations.length} related document(s)`);
    }
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof ResolveError)) throw err;
    ctx.o.err(`unspun: ${err.message}`);
    return EXIT.failed;
  } finally {
    await corpus.close();
  }
}
