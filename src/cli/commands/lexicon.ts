/** `unspun lexicon export|import`: the learned substitution lexicon as TSV (spun, original, count). */

import { readFileSync, writeFileSync } from "node:fs";
import { formatLexiconTsv, parseLexiconTsv, printable } from "../../index.js";
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";

export function lexiconExportCommand(ctx: Context, flags: { out?: string }): Promise<number> {
  return withCorpus(ctx, async (corpus) => {
    const rows = await corpus.substitutions();
    const tsv = formatLexiconTsv(rows);
    if (flags.out) {
      writeFileSync(flags.out, tsv);
      ctx.o.err(`unspun: ${rows.length} substitution(s) → ${printable(flags.out)}`);
    } else process.stdout.write(tsv);
    return EXIT.ok;
  });
}

export function lexiconImportCommand(ctx: Context, file: string): Promise<number> {
  return withCorpus(
    ctx,
    async (corpus) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (err) {
        ctx.o.err(
          `unspun: ${printable(file)}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : printable((err as Error).message)}`,
        );
        return EXIT.failed;
      }
      const { rows, problems } = parseLexiconTsv(text, file);
      for (const p of problems) ctx.o.err(`unspun: ${printable(p)}`);
      await corpus.importSubstitutions(rows);
      ctx.o.err(`unspun: imported ${rows.length} substitution(s)${problems.length ? `, skipped ${problems.length} bad line(s)` : ""}`);
      return rows.length === 0 && problems.length > 0 ? EXIT.failed : EXIT.ok;
    },
    "create",
  );
}
