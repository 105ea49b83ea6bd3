/**
 * `unspun align <a> <b>` and `unspun align --pairs FILE`: passages with
 * offsets only, one JSON line per pair. Offsets index each file as read.
 */

import { readFileSync } from "node:fs";
import { type Analysed, compareArticles, Names, printable } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { ResolveError, resolveText } from "../resolve.js";

export async function alignCommand(ctx: Context, args: string[], flags: { pairs?: string }): Promise<number> {
  const pairs = flags.pairs ? readPairs(flags.pairs) : args.length === 2 ? [[args[0], args[1]] as [string, string]] : undefined;
  if (!pairs) {
    ctx.o.err("unspun: align takes two texts, or --pairs FILE");
    return EXIT.usage;
  }
  return withOptionalCorpus(ctx, async (corpus) => {
    const cache = new Map<string, Analysed>();
    const load = async (arg: string) => cache.get(arg) ?? (cache.set(arg, await resolveText(arg, corpus)).get(arg) as Analysed);
    let failures = 0;
    for (const [first, second] of pairs) {
      try {
        const [x, y] = [await load(first), await load(second)];
        const report = compareArticles(x, y);
        const passages = report.passages.map((p) => ({ a: p.a, b: p.b }));
        const names = new Names().addArticle(x.article).addArticle(y.article);
        if (ctx.o.json || flags.pairs) printJson(ctx.o, { a: names.ref(x.article.id), b: names.ref(y.article.id), passages });
        else for (const p of passages) ctx.o.out(`${p.a.start}-${p.a.end}\t${p.b.start}-${p.b.end}`);
      } catch (err) {
        if (!(err instanceof ResolveError)) throw err;
        ctx.o.err(`unspun: ${printable(err.message)}`);
        failures++;
      }
    }
    return failures === pairs.length ? EXIT.failed : EXIT.ok;
  });
}

function readPairs(file: string): Array<[string, string]> {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [a = "", b = ""] = l.split("\t");
      return [a.trim(), b.trim()];
    });
}
