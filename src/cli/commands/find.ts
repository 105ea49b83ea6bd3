/** `unspun find <file-or-id>`: every corpus document related to one text, strongest first. */
import { Names, relationJson } from "../../index.js";
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { labels, relationLine } from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function findCommand(ctx: Context, target: string): Promise<number> {
  return withCorpus(ctx, async (corpus) => {
    const text = await resolveText(target, corpus);
    const relations = await corpus.find(text);
    const names = await Names.of(
      corpus,
      relations.flatMap((r) => [r.a, r.b]),
      [text.article],
    );
    if (ctx.o.json) printJson(ctx.o, { target: names.ref(text.article.id), relations: relations.map((r) => relationJson(r, names)) });
    else {
      for (const r of relations) ctx.o.out(relationLine(r, labels(names)));
      ctx.o.err(`unspun: ${relations.length} related document(s)`);
    }
    return EXIT.ok;
  });
}
