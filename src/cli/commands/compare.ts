/** `unspun compare <a> <b>`: the relation of two texts and their aligned passages side by side. */
import { comparison, printable } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { directionLines, driftLines, relationLine, sideBySide, substitutionTable } from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function compareCommand(ctx: Context, first: string, second: string): Promise<number> {
  return withOptionalCorpus(ctx, async (corpus) => {
    const a = await resolveText(first, corpus);
    const b = await resolveText(second, corpus);
    const { relation: report, substitutions } = corpus ? await corpus.compare(a, b) : comparison(a, b);
    if (ctx.o.json) {
      printJson(ctx.o, report);
      return EXIT.ok;
    }
    ctx.o.out(relationLine(report, (id) => (id === a.article.id ? first : second)));
    for (const note of report.evidence.notes) ctx.o.out(`  ${printable(note)}`);
    for (const line of directionLines(report, (id) => (id === a.article.id ? first : second))) ctx.o.out(line);
    const counts = Object.entries(report.evidence.substitutions).map(([k, n]) => `${k} ${n}`);
    ctx.o.out(
      `  words: ${report.evidence.identical} identical${counts.length ? `, ${counts.join(", ")}` : ""}, ${report.evidence.inserted} added, ${report.evidence.deleted} dropped`,
    );
    const columns = process.stdout.columns ?? 120;
    for (const line of sideBySide(report, a.source, b.source, process.stdout.isTTY === true, columns)) ctx.o.out(line);
    if (report.passages.length > 0) {
      for (const line of substitutionTable(substitutions)) ctx.o.out(line);
      for (const line of driftLines(report.drift)) ctx.o.out(line);
    }
    return EXIT.ok;
  });
}
