/**
 * `unspun export relations|clusters [--format jsonl|csv] [-o file]`: an
 * existing store's relations or copy families, page by page, as JSON lines
 * (the shapes every `--json` output uses) or RFC 4180 CSV. A read command: it
 * never creates a store.
 */
import {
  clusterCsvHeader,
  clusterCsvRows,
  exportClusters,
  exportRelations,
  printable,
  relationCsvHeader,
  relationCsvRow,
  relationJson,
  roundNumbers,
} from "../../index.js";
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { openSinkOrSay } from "../write.js";

export interface ExportFlags {
  format?: "jsonl" | "csv";
  output?: string;
}

export const EXPORTS = ["relations", "clusters"] as const;

export async function exportCommand(ctx: Context, what: string, flags: ExportFlags): Promise<number> {
  if (!(EXPORTS as readonly string[]).includes(what)) {
    ctx.o.err(`unspun: export: unknown export "${printable(what)}" (expected ${EXPORTS.join(" or ")})`);
    return EXIT.usage;
  }
  const csv = flags.format === "csv";
  return withCorpus(ctx, async (corpus) => {
    const sink = openSinkOrSay(ctx.o, flags.output);
    if (!sink) return EXIT.failed;
    let count = 0;
    try {
      if (what === "relations") {
        if (csv) await sink.write(relationCsvHeader);
        for await (const { relations, names } of exportRelations(corpus)) {
          for (const r of relations)
            await sink.write(csv ? relationCsvRow(r, names) : `${JSON.stringify(relationJson(r, names), roundNumbers)}\n`);
          count += relations.length;
        }
      } else {
        if (csv) await sink.write(clusterCsvHeader);
        for await (const clusters of exportClusters(corpus)) {
          for (const c of clusters) await sink.write(csv ? clusterCsvRows(c) : `${JSON.stringify(c, roundNumbers)}\n`);
          count += clusters.length;
        }
      }
      await sink.commit();
    } catch (err) {
      sink.abort();
      throw err;
    }
    if (!ctx.o.quiet) ctx.o.err(`unspun: export: ${count} ${what === "relations" ? "relation(s)" : "cluster(s)"}`);
    return EXIT.ok;
  });
}
