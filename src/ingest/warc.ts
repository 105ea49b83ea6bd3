/**
 * WARC response records with HTML bodies. Records are split here, not by a
 * library, so that every length is checked against the bytes that exist: a
 * record is read only as far as its bytes go, a Content-Length that is not a
 * number or cannot be right is a problem for that record, and reading picks up
 * again at the next `WARC/` version line, so one bad header never swallows or
 * hides the records after it.
 */
import { type Problem, problem } from "../problems.js";
import type { RawDocument } from "../types.js";
import { ByteReader } from "./byte-reader.js";
import { decodeBytes } from "./decode.js";
import { gunzipBounded } from "./gzip.js";
import { httpBody } from "./http.js";
import { contentId } from "./id.js";
import type { IngestItem } from "./item.js";
import type { IngestOptions } from "./options.js";

/** WARC header lines are short; a longer "line" is body bytes or garbage. */
const MAX_HEADER_LINE = 64 * 1024;
/** Real records carry a dozen headers; past this many the header block never ended. */
const MAX_HEADERS = 256;
const VERSION = /^WARC\/\d/;
const TRAILER = [13, 10, 13, 10];

interface WarcHead {
  fields: Map<string, string>;
}

export async function* readWarc(source: AsyncIterable<Uint8Array>, file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const reader = new ByteReader(source);
  const latin1 = new TextDecoder("latin1");
  let index = 0;
  // After a record is given up, what follows up to the next version line is its body, not junk of its own.
  let resyncing = false;
  for (;;) {
    const line = await reader.line(MAX_HEADER_LINE);
    if (!line) return;
    const text = latin1.decode(line.bytes);
    if (!VERSION.test(text)) {
      if (text.trim() !== "" && !resyncing) {
        yield {
          problem: problem("bad-warc", "warning", { file, record: index + 1 }, `junk before this record ("${text.slice(0, 40)}") skipped`),
        };
        resyncing = true;
      }
      continue;
    }
    resyncing = false;
    const at = { file, record: ++index };
    const head = await readHead(reader, latin1);
    if (typeof head === "string") {
      yield { problem: problem("bad-warc", "error", at, `skipped: ${head}`) };
      if (head.startsWith("truncated")) return;
      resyncing = true;
      continue;
    }
    const length = head.fields.get("content-length");
    if (length === undefined || !/^\d+$/.test(length)) {
      const shown = length === undefined ? "no Content-Length" : `Content-Length "${length.slice(0, 20)}" is not a number`;
      yield { problem: problem("bad-warc", "error", at, `skipped: ${shown}`) };
      resyncing = true;
      continue;
    }
    const declared = Number(length);
    if (declared > options.maxBytes) {
      yield { problem: problem("too-large", "error", at, `skipped: record of ${declared} bytes exceeds --max-bytes`) };
      resyncing = true;
      continue;
    }
    const block = await reader.take(declared);
    const complete = block.length === declared && (await endsRecord(reader));
    if (!complete) {
      // A length that overstates the record has read into the next one: its bytes go back.
      const next = nextVersionLine(block);
      const why =
        next >= 0
          ? `Content-Length ${declared} runs into the next record`
          : block.length < declared
            ? `record truncated (${block.length} of ${declared} bytes)`
            : `Content-Length ${declared} does not match the record`;
      yield { problem: problem("bad-warc", "error", at, `skipped: ${why}`) };
      if (next >= 0) reader.unread(block.subarray(next));
      resyncing = next < 0;
      continue;
    }
    if (head.fields.get("warc-type") !== "response") continue;
    // WARC 1.0 writers may wrap the URI in angle brackets.
    const uri = head.fields.get("warc-target-uri")?.replace(/^<(.*)>$/, "$1");
    yield toItem(block, uri, head.fields.get("warc-date"), at, options);
  }
}

/** The header block up to its blank line, or why it could not be read. */
async function readHead(reader: ByteReader, latin1: { decode(bytes: Uint8Array): string }): Promise<WarcHead | string> {
  const fields = new Map<string, string>();
  for (let n = 0; n < MAX_HEADERS; n++) {
    const line = await reader.line(MAX_HEADER_LINE);
    if (!line) return "truncated record: the file ends inside its headers";
    if (line.cut) return "header line too long";
    const text = latin1.decode(line.bytes);
    if (text === "") return { fields };
    const colon = text.indexOf(":");
    if (colon > 0) fields.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
  }
  return `more than ${MAX_HEADERS} header lines`;
}

/** Consumes the blank lines that close a record; a record may also end the file. */
async function endsRecord(reader: ByteReader): Promise<boolean> {
  const next = await reader.peek(TRAILER.length);
  if (next.length === 0) return true;
  const crlf = TRAILER.every((b, i) => next[i] === b);
  const lf = next[0] === 10 && next[1] === 10;
  if (!crlf && !lf) return next.every((b) => b === 13 || b === 10);
  await reader.take(crlf ? 4 : 2);
  return true;
}

/** Offset of the first line inside `bytes` that starts a WARC record, or -1. */
function nextVersionLine(bytes: Uint8Array): number {
  const marker = Buffer.from("\nWARC/");
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(marker);
  return at < 0 ? -1 : at + 1;
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
    problems.push(...unzipped.problems.map((p) => ({ ...p, record: at.record })));
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
