/** `unspun compare <a> <b>`: the relation of two texts and their aligned passages side by side. */
import { type Article, comparison, Names, printable, relationJson, substitutionJson } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import {
  directionLines,
  docLabel,
  driftLines,
  labels,
  relationLine,
  sideBySide,
  substitutionTable,
  sureSubstitutions,
} from "../relation-format.js";
import { resolveText } from "../resolve.js";

export function compareCommand(ctx: Context, first: string, second: string): Promise<number> {
  return withOptionalCorpus(ctx, async (corpus) => {
    const a = await resolveText(first, corpus);
    const b = await resolveText(second, corpus);
    const { relation: report, substitutions } = corpus ? await corpus.compare(a, b) : comparison(a, b);
    const names = new Names().addArticle(a.article).addArticle(b.article);
    if (ctx.o.json) {
      printJson(ctx.o, { relation: relationJson(report, names), substitutions: substitutions.map(substitutionJson) });
      return EXIT.ok;
    }
    const name = labels(names);
    ctx.o.out(`a: ${docLabel(names.named(a.article.id))}  ${printable(a.article.origin)}${dated(a.article)}`);
    ctx.o.out(`b: ${docLabel(names.named(b.article.id))}  ${printable(b.article.origin)}${dated(b.article)}`);
    ctx.o.out(relationLine(report, (id) => (id === a.article.id ? "a" : "b")));
    for (const note of report.evidence.notes) ctx.o.out(`  ${printable(note)}`);
    for (const n of report.notes ?? []) ctx.o.out(`  note: ${printable(n.message)}`);
    for (const line of directionLines(report, name)) ctx.o.out(line);
    const counts = Object.entries(report.evidence.substitutions).map(([k, n]) => `${k} ${n}`);
    ctx.o.out(
      `  words: ${report.evidence.identical} identical${counts.length ? `, ${counts.join(", ")}` : ""}, ${report.evidence.inserted} added, ${report.evidence.deleted} dropped`,
    );
    const columns = process.stdout.columns ?? 120;
    for (const line of sideBySide(report, a.source, b.source, process.stdout.isTTY === true, columns)) ctx.o.out(line);
    if (report.passages.length > 0) {
      const sure = sureSubstitutions(report);
      for (const line of substitutionTable(sure)) ctx.o.out(line);
      const loose = substitutions.length - sure.length;
      if (loose > 0) ctx.o.out(`  (${loose} more changed word(s) in loosely aligned sentences not listed: they may be misalignments)`);
      for (const line of driftLines(report.drift)) ctx.o.out(line);
    }
    return EXIT.ok;
  });
}

/** `, 2021-12-30` after a name, with `?` for a date that cannot be trusted as the publication date. */
function dated(a: Article): string {
  return a.date ? `  ${a.date.value.slice(0, 10)}${a.date.confidence < 0.5 ? "?" : ""}` : "";
}
