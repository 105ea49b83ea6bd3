/**
 * ingest: inputs (paths, directories, `-` for stdin) → `RawDocument`s.
 *
 * Every bad file or record becomes a `Problem` in the stream and the batch
 * goes on. Ids are content addresses, so reading the same bytes twice gives
 * the same id and the store can ignore the repeat.
 */
import { Readable } from "node:stream";
import { problem } from "../problems.js";
import { readPath, readWhole, walk } from "./files.js";
import type { IngestItem } from "./item.js";
import { readJsonl } from "./jsonl.js";
import { type IngestOptions, ingestOptions } from "./options.js";
import { readWarc } from "./warc.js";

export { contentId } from "./id.js";
export type { IngestItem } from "./item.js";
export { DEFAULT_MAX_BYTES, type IngestOptions, ingestOptions } from "./options.js";

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
      yield* readStdin(stdin, opts);
      continue;
    }
    for await (const entry of walk(input)) {
      if (typeof entry !== "string") {
        yield { problem: entry };
        continue;
      }
      opts.onFile?.(entry);
      try {
        yield* readPath(entry, opts);
      } catch (err) {
        yield { problem: problem("unreadable", "error", { file: entry }, `cannot read: ${(err as Error).message}`) };
      }
    }
  }
}

/** Stdin is sniffed: WARC by its version line, JSONL by a leading `{`, else one document. */
async function* readStdin(stdin: AsyncIterable<Uint8Array>, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > opts.maxBytes) {
      yield { problem: problem("too-large", "error", { file: "-" }, `skipped: standard input exceeds --max-bytes (${opts.maxBytes})`) };
      return;
    }
  }
  const data = Buffer.concat(chunks);
  const head = data.subarray(0, 16).toString("latin1").trimStart();
  if (head.startsWith("WARC/")) yield* readWarc(Readable.from([data]), "-", opts);
  else if (head.startsWith("{")) yield* readJsonl(Readable.from([data]), "-", opts);
  else yield readWhole(data, "-", undefined, opts);
}
