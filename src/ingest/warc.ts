/**
 * WARC response records with HTML bodies (warcio). The HTTP block is parsed
 * here rather than by warcio so that truncated records and junk between
 * records can be detected and reported instead of silently dropped.
 */
import { WARCParser } from "warcio";
import { type Problem, problem } from "../problems.js";
import type { RawDocument } from "../types.js";
import { decodeBytes } from "./decode.js";
import { gunzipBounded } from "./gzip.js";
import { httpBody } from "./http.js";
import { contentId } from "./id.js";
import type { IngestItem } from "./item.js";
import type { IngestOptions } from "./options.js";

export async function* readWarc(source: AsyncIterable<Uint8Array>, file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const parser = new WARCParser(source, { parseHttp: false });
  let index = 0;
  try {
    for await (const record of parser) {
      index++;
      const at = { file, record: index };
      // warcio reads whatever line follows a record as the next version line; junk shows up there.
      const versionLine = String((record.warcHeaders as unknown as { statusline?: string }).statusline ?? "");
      if (!versionLine.startsWith("WARC/")) {
        yield { problem: problem("bad-warc", "warning", at, `junk before this record ("${versionLine.slice(0, 40)}") skipped`) };
      }
      const declared = Number(record.warcHeader("Content-Length") ?? Number.NaN);
      if (declared > options.maxBytes) {
        yield { problem: problem("too-large", "error", at, `skipped: record of ${declared} bytes exceeds --max-bytes`) };
        await record.skipFully();
        continue;
      }
      const block = await record.readFully(false);
      if (record.warcType !== "response") continue;
      if (Number.isFinite(declared) && block.length < declared) {
        yield { problem: problem("bad-warc", "error", at, `skipped: record truncated (${block.length} of ${declared} bytes)`) };
        continue;
      }
      yield toItem(block, record.warcTargetURI ?? undefined, record.warcDate ?? undefined, at, options);
    }
  } catch (err) {
    yield {
      problem: problem(
        "bad-warc",
        "error",
        { file, record: index + 1 },
        `unreadable record, rest of file skipped (${(err as Error).message})`,
      ),
    };
  }
}

function toItem(
  block: Uint8Array,
  url: string | undefined,
  crawledAt: string | undefined,
  at: { file: string; record: number },
  options: IngestOptions,
): IngestItem {
  const http = httpBody(block);
  if (typeof http === "string") return { problem: problem("bad-warc", "error", at, `skipped: ${http}`) };
  if (!/html|xml/i.test(http.contentType)) {
    return { problem: problem("unsupported", "warning", at, `skipped: ${http.contentType || "untyped"} response, not HTML`) };
  }
  const problems: Problem[] = [];
  let body = http.body;
  if (http.gzip) {
    const unzipped = gunzipBounded(body, options.maxBytes, at.file);
    if ("code" in unzipped) return { problem: { ...unzipped, record: at.record } };
    body = unzipped.bytes;
    problems.push(...unzipped.problems);
  }
  const decoded = decodeBytes(body, at.file, { record: at.record });
  if ("code" in decoded) return { problem: decoded };
  const doc: RawDocument = {
    id: contentId(body),
    origin: `${at.file}#record${at.record}`,
    format: "html",
    content: decoded.text,
    bytes: body.length,
    meta: { ...(url ? { url } : {}), ...(crawledAt ? { crawledAt } : {}) },
    problems: [...problems, ...decoded.problems],
  };
  return { document: doc };
}
