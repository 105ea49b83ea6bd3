/** The API the views read: /api on the serving host, or the data embedded in a report file. */

// biome-ignore lint/suspicious/noExplicitAny: API JSON is read field by field in the views.
export type Json = any;

interface Embedded {
  /** Responses by request key (`GET path` or `POST path body`), for a self-contained report. */
  responses: Record<string, Json>;
}

function embedded(): Embedded | undefined {
  const el = document.getElementById("unspun-data");
  return el?.textContent ? (JSON.parse(el.textContent) as Embedded) : undefined;
}
const report = embedded();
export const isReport = report !== undefined;

async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<Json> {
  const key = `${method} ${path}${body === undefined ? "" : ` ${JSON.stringify(body)}`}`;
  if (report) {
    if (key in report.responses) return report.responses[key];
    throw new Error("not part of this report");
  }
  const r = await fetch(path, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const data = await r.json();
  if (!r.ok) throw new Error(data?.message ?? `HTTP ${r.status}`);
  return data;
}

export const get = (path: string) => call("GET", path);

/** What a report embeds of the listing: every document, a thousand to a request (see src/cli/commands/report.ts). */
const REPORT_LISTING = "GET /api/documents?limit=1000&offset=";

/** Every listed document a report holds, in ingest order; empty when serving. */
export function embeddedListing(): Json[] {
  if (!report) return [];
  return Object.keys(report.responses)
    .filter((k) => k.startsWith(REPORT_LISTING))
    .sort((x, y) => Number(x.slice(REPORT_LISTING.length)) - Number(y.slice(REPORT_LISTING.length)))
    .flatMap((k) => report.responses[k].documents as Json[]);
}
export const post = (path: string, body: unknown) => call("POST", path, body);

/** A document's origin without its directories: the file it came from (and the JSONL line or WARC record). */
export const shortOrigin = (origin: string) => origin.split(/[\\/]/).pop() ?? origin;

/** Dates below this confidence, or read from the site's masthead, are not trusted (as `ls` marks them with "?"). */
export const TRUSTED_DATE_CONFIDENCE = 0.5;
export function lowConfidenceDate(confidence: number | undefined, source?: string): boolean {
  return source === "site-chrome" || (confidence !== undefined && confidence < TRUSTED_DATE_CONFIDENCE);
}
