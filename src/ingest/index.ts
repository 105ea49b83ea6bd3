/**
 * ingest: inputs (paths, directories, `-` for stdin) → `RawDocument`s.
 *
 * Every bad file or record becomes a `Problem` in the stream and the batch
 * goes on. Ids are content addresses, so reading the same bytes twice gives
 * the same id and the store can ignore the repeat.
 */
import { errorMessage, problem } from "../problems.js";
import { readPath, readWhole, walk } from "./files.js";
import { gunzipStream, isGzip } from "./gunzip-stream.js";
import type { IngestItem } from "./item.js";
import { readJsonl } from "./jsonl.js";
import { type IngestOptions, ingestOptions } from "./options.js";
import { StopReading } from "./stop.js";
import { readWarc } from "./warc.js";

export { countFiles, countRecords } from "./count.js";
export { contentId } from "./id.js";
export type { IngestItem } from "./item.js";
export { recordItem } from "./jsonl.js";
export { DEFAULT_MAX_BYTES, type IngestOptions, ingestOptions, MAX_TEXT_CHARS } from "./options.js";

/** Reads every input in order, yielding documents and problems as they come. */
export async function* readInputs(
  inputs: readonly string[],
  options: Partial<IngestOptions> = {},
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): AsyncGenerator<IngestItem> {
  const opts = ingestOptions(options);
  for (const input of inputs) {
    if (input === "-") {
      opts.onFile?.("-");
      yield* fenced("-", readStdin(stdin, opts));
      continue;
    }
    for await (const entry of walk(input)) {
      if (typeof entry !== "string") {
        yield { problem: entry };
        continue;
      }
      opts.onFile?.(entry);
      yield* fenced(entry, readPath(entry, opts));
    }
  }
}

/**
 * One input's items; whatever stops it midway is its last problem, and the
 * inputs after it are still read. The system's refusals (permissions, a file
 * gone) are `unreadable`; anything else is a fault of ours, `read-failed`.
 */
async function* fenced(file: string, items: AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (err) {
    if (err instanceof StopReading) yield { problem: err.problem };
    else if (typeof (err as NodeJS.ErrnoException).code === "string" && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code as string))
      yield { problem: problem("unreadable", "error", { file }, `cannot read: ${errorMessage(err)}`) };
    else yield { problem: problem("read-failed", "error", { file }, `rest of input skipped: reading failed (${errorMessage(err)})`) };
  }
}

/**
 * Stdin is sniffed: gzip by its magic bytes, WARC by its version line, JSONL
 * by a leading `{` (both streamed, record by record), else one document.
 */
async function* readStdin(stdin: AsyncIterable<Uint8Array>, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const { head, rest } = await sniff(stdin);
  let bytes: AsyncIterable<Uint8Array> = rest;
  let start = head;
  if (isGzip(head)) {
    ({ head: start, rest: bytes } = await sniff(gunzipStream(rest, "-")));
  }
  const text = Buffer.from(start.subarray(0, 16)).toString("latin1").trimStart();
  if (text.startsWith("WARC/")) {
    yield* readWarc(bytes, "-", opts);
    return;
  }
  if (text.startsWith("{")) {
    yield* readJsonl(bytes, "-", opts);
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > opts.maxBytes) {
      yield { problem: problem("too-large", "error", { file: "-" }, `skipped: standard input exceeds --max-bytes (${opts.maxBytes})`) };
      return;
    }
  }
  yield readWhole(Buffer.concat(chunks), "-", undefined, opts);
}

/** The first bytes of a stream (at least 16, where there are), and the whole stream again, those bytes included. */
async function sniff(source: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  while (size < 16) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(first);
  async function* rest() {
    if (head.length > 0) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}
