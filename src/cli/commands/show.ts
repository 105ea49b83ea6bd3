/** `unspun show <id>`: one stored document, metadata then text. */
import { type Article, articleJson, printable } from "../../index.js";
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";

export function showCommand(ctx: Context, id: string): Promise<number> {
  return withCorpus(ctx, async (corpus) => {
    const doc = await corpus.get(id);
    if (!doc) {
      ctx.o.err(`unspun: no document with id ${printable(id)}`);
      return EXIT.failed;
    }
    if (ctx.o.json) printJson(ctx.o, articleJson(doc.article, { ingestedAt: doc.ingestedAt, bytes: doc.bytes }));
    else printArticle(ctx, doc.article);
    return EXIT.ok;
  });
}

export function printArticle(ctx: Context, a: Article): void {
  const field = (name: string, value: string | undefined) => value && ctx.o.out(`${name.padEnd(10)} ${printable(value)}`);
  field("id", a.id);
  field("origin", a.origin);
  field("status", a.status);
  field("title", a.title);
  field("byline", a.byline);
  field(
    "date",
    a.date && `${a.date.value} (${a.date.source}, confidence ${a.date.confidence.toFixed(2)}${a.date.note ? `: ${a.date.note}` : ""})`,
  );
  field("site", a.site);
  field("url", a.url ?? a.canonicalUrl);
  field("language", a.language);
  field("wire", a.wireCredit);
  field("copyright", a.copyright);
  field("removed", a.boilerplate.length > 0 ? a.boilerplate.map((b) => b.reason).join(", ") : undefined);
  ctx.o.out("");
  ctx.o.out(printable(a.text, { lines: true }));
}
