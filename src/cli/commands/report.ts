/**
 * `unspun report <inputs…> --html out.html`: scans the inputs, then writes one
 * self-contained HTML file with the web UI's corpus, document, compare and
 * story views over them — the API's answers embedded as JSON, the script and
 * styles inline, locked down by a Content-Security-Policy with their hashes,
 * so the file opens offline and runs nothing else.
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { COPY_TYPES, Corpus } from "../../index.js";
import { buildApi, WEB_DIR } from "../../server/index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printProblem } from "../output.js";
import { type IngestFlags, summaryLine } from "./ingest.js";

export async function reportCommand(ctx: Context, inputs: string[], flags: IngestFlags & { html: string }): Promise<number> {
  const index = new URL("index.html", WEB_DIR);
  if (!existsSync(index)) {
    ctx.o.err("unspun: the web UI is not built (npm run build); a report needs it");
    return EXIT.failed;
  }
  // With a store named, the inputs are scanned into it and related to its corpus; it must exist. Without one,
  // they are scanned on their own, in memory, and nothing is left behind.
  const named = ctx.flags.db !== undefined || process.env.UNSPUN_DB !== undefined;
  const corpus = named ? ctx.openCorpus("existing") : Corpus.open(":memory:");
  try {
    const { summary, ids: docs } = await corpus.scan(inputs, {
      // The report's summary and filters count spun texts: every document gets its verdict now.
      judgeSpin: true,
      ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
      ...(flags.batchSize ? { batchSize: flags.batchSize } : {}),
      onProblem: (p) => {
        if (!(ctx.o.quiet && p.severity === "warning")) printProblem(ctx.o, p);
      },
    });
    if (docs.length === 0) {
      ctx.o.err(`unspun: ${summaryLine(summary)}; nothing to report`);
      return EXIT.failed;
    }
    const api = await buildApi({ corpus });
    const responses: Record<string, unknown> = {};
    const ask = async (method: "GET" | "POST", url: string, body?: unknown) => {
      const r = await api.inject({ method, url, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
      if (r.statusCode === 200) responses[`${method} ${url}${body === undefined ? "" : ` ${JSON.stringify(body)}`}`] = r.json();
    };
    const inReport = new Set(docs);
    await ask("GET", "/api/stats");
    await ask("GET", "/api/summary");
    // Every document, a thousand to a request: the UI searches, filters and sorts them itself (web/src/listing.ts).
    for (let offset = 0, total = await corpus.count(); offset < total; offset += 1000)
      await ask("GET", `/api/documents?limit=1000&offset=${offset}`);
    await ask("GET", "/api/stories");
    for (const s of await corpus.stories())
      if (s.members.some((m) => inReport.has(m))) await ask("GET", `/api/stories/${encodeURIComponent(s.id)}`);
    for (const id of docs) {
      await ask("GET", `/api/documents/${encodeURIComponent(id)}`);
      await ask("GET", `/api/documents/${encodeURIComponent(id)}/relations`);
    }
    for (const r of await corpus.relations(docs)) if (COPY_TYPES.has(r.type)) await ask("POST", "/api/compare", { a: r.a, b: r.b });
    await api.close();
    writeFileSync(flags.html, selfContained(responses));
    ctx.o.err(`unspun: ${summaryLine(summary)}; report → ${flags.html}`);
    return EXIT.ok;
  } finally {
    await corpus.close();
  }
}

/** The built index.html with its script and stylesheet inlined, the data embedded, and a hash-based CSP. */
function selfContained(responses: Record<string, unknown>): string {
  const assets = new URL("assets/", WEB_DIR);
  const files = readdirSync(assets);
  const read = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .map((f) => readFileSync(new URL(f, assets), "utf8"))
      .join("\n");
  // A script or style may not close its own element early.
  const script = read(".js").replaceAll("</script", "<\\/script");
  const style = read(".css").replaceAll("</style", "<\\/style");
  const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
  // JSON inside a script element: "<" escaped, so no text in it can end the element.
  const data = JSON.stringify({ responses }).replaceAll("<", "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>unspun report</title>
<style>${style}</style>
</head>
<body>
<div id="app"></div>
<script type="application/json" id="unspun-data">${data}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}
