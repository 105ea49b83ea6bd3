/** `unspun ls`: the stored documents, oldest first. */
import { type DocumentSummary, printable, summaryJson } from "../../index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";

export async function lsCommand(ctx: Context, flags: { limit: number; offset: number }): Promise<number> {
  const corpus = ctx.openCorpus("existing");
  try {
    const docs = await corpus.list(flags);
    const total = await corpus.count();
    if (ctx.o.json) printJson(ctx.o, { total, offset: flags.offset, documents: docs.map(summaryJson) });
    else {
      for (const d of docs) ctx.o.out(documentLine(d));
      ctx.o.err(`unspun: ${docs.length} of ${total} document(s)`);
    }
    return EXIT.ok;
  } finally {
    await corpus.close();
  }
}

/** `id  date  words  status  title — site`, one document a line. */
export function documentLine(d: DocumentSummary): string {
  const date = d.date ? `${d.date}${d.dateConfidence !== undefined && d.dateConfidence < 0.5 ? "?" : " "}` : "          -";
  const title = printable(d.title ?? d.origin);
  return `${d.id}  ${date.padEnd(11)}  ${String(d.words).padStart(6)}w  ${d.status.padEnd(5)}  ${title}${d.site ? ` — ${printable(d.site)}` : ""}`;
}
