/**
 * Streaming gunzip for container files (JSONL, WARC) that may hold millions
 * of records, so no size limit fits them: what is bounded is the expansion.
 * Text compresses four to ten times and repetitive JSON some thirty; a stream
 * expanding far more is a bomb, stopped with a problem. A truncated stream
 * ends with a warning, keeping the records before the cut.
 */
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { problem } from "../problems.js";
import { StopReading } from "./stop.js";

/** Output up to this size is never a bomb, whatever the ratio: small, highly repetitive files are common. */
export const EXPANSION_FLOOR = 64 * 1024 * 1024;
/** Decompressed bytes per compressed byte beyond which the stream is a bomb. */
export const MAX_EXPANSION = 100;

export async function* gunzipStream(source: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  let inBytes = 0;
  let outBytes = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      inBytes += chunk.length;
      yield chunk;
    }
  })();
  const gunzip = Readable.from(counted).pipe(createGunzip());
  try {
    for await (const chunk of gunzip as AsyncIterable<Uint8Array>) {
      outBytes += chunk.length;
      if (outBytes > EXPANSION_FLOOR && outBytes > MAX_EXPANSION * inBytes) {
        const message = `rest of file skipped: ${inBytes} compressed bytes expanded to over ${outBytes} (more than ${MAX_EXPANSION} times)`;
        throw new StopReading(problem("too-large", "error", { file }, message));
      }
      yield chunk;
    }
  } catch (err) {
    if (err instanceof StopReading) throw err;
    const code = (err as { code?: string }).code;
    if (code === "Z_BUF_ERROR" || /unexpected end of file/i.test((err as Error).message)) {
      throw new StopReading(problem("truncated-gzip", "warning", { file }, "gzip stream is truncated; kept the records before the cut"));
    }
    throw new StopReading(
      problem("bad-gzip", "error", { file }, `rest of file skipped: not a readable gzip stream (${(err as Error).message})`),
    );
  } finally {
    gunzip.destroy();
  }
}

/** Whether bytes begin a gzip stream. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}
