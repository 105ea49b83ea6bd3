/** `unspun spin <inputs…>`: how spun each text looks, with the spans that show it. Nothing is stored. */

import { existsSync } from "node:fs";
import { type Article, countWords, detectSpin, extractDocument, printable, readInputs, toSource } from "../../index.js";
import { type Context, withOptionalCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson, printProblem } from "../output.js";

export function spinCommand(ctx: Context, inputs: string[], flags: { maxBytes?: number }): Promise<number> {
  return withOptionalCorpus(ctx, async (corpus) => {
    const learned = (await corpus?.learned()) ?? new Map<string, string>();
    let read = 0;
    let failed = 0;
    const report = (article: Article, name: string) => {
      const r = detectSpin(article.text, { learned, language: article.language });
      // Offsets in the user's own file for plain text, in the clean text for HTML, as everywhere else.
      const inSource = <T extends { start: number; end: number }>(s: T): T => ({
        ...s,
        start: toSource(article, s.start, "start"),
        end: toSource(article, s.end, "end"),
      });
      const spans = r.spans.map(inSource);
      // Scores print to three places (printJson) or two (the text line): no rounding here.
      const translation = r.translation && { ...r.translation, marks: r.translation.marks.map(inSource) };
      if (ctx.o.json) {
        printJson(ctx.o, {
          document: { id: article.id, origin: name, title: article.title ?? null },
          score: r.score,
          verdict: r.verdict,
          words: countWords(article.text),
          spans,
          translation: translation ?? null,
          notes: r.notes,
        });
        return;
      }
      const kinds = new Map<string, number>();
      for (const s of spans) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
      const tally = [...kinds].map(([k, n]) => `${k} ${n}`).join(", ");
      ctx.o.out(
        `${printable(name)}  ${r.verdict.padEnd(9)}  score ${r.score.toFixed(2)}  ${spans.length} span(s)${tally ? ` (${tally})` : ""}${translation ? `  round trip: ${translation.verdict} ${translation.score.toFixed(2)} (${translation.marks.length} mark(s))` : ""}`,
      );
      for (const n of r.notes) ctx.o.out(`  note: ${printable(n.message)}`);
      for (const s of spans)
        ctx.o.out(
          `  ${s.start}–${s.end}  ${s.kind.padEnd(14)}  ${printable(JSON.stringify(s.text))} → ${printable(JSON.stringify(s.suggestion))}`,
        );
    };
    for (const input of inputs) {
      if (input !== "-" && !existsSync(input)) {
        const doc = await corpus?.get(input);
        if (doc) {
          report(doc.article, input);
          read++;
        } else {
          ctx.o.err(`unspun: ${printable(input)}: no such file, and no stored document with that id`);
          failed++;
        }
        continue;
      }
      for await (const item of readInputs([input], { maxBytes: flags.maxBytes })) {
        if (item.problem) {
          printProblem(ctx.o, item.problem);
          if (item.problem.severity === "error") failed++;
          continue;
        }
        const { article, problem } = extractDocument(item.document);
        if (problem) {
          printProblem(ctx.o, problem);
          failed++;
          continue;
        }
        report(article, item.document.origin);
        read++;
      }
    }
    return read === 0 && failed > 0 ? EXIT.failed : EXIT.ok;
  });
}
