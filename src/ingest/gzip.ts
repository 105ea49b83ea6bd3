/** Bounded gunzip: a bomb stops at the limit, a truncated stream yields what it held. */
import { constants, gunzipSync } from "node:zlib";
import { type Problem, problem } from "../problems.js";

export interface Gunzipped {
  bytes: Uint8Array;
  problems: Problem[];
}

export function gunzipBounded(data: Uint8Array, maxBytes: number, file: string): Gunzipped | Problem {
  try {
    return { bytes: gunzipSync(data, { maxOutputLength: maxBytes }), problems: [] };
  } catch (err) {
    if (isCode(err, "ERR_BUFFER_TOO_LARGE")) {
      return problem("too-large", "error", { file }, `skipped: decompresses to more than ${maxBytes} bytes (--max-bytes)`);
    }
    if (!isCode(err, "Z_BUF_ERROR")) {
      return problem("bad-gzip", "error", { file }, `skipped: not a readable gzip stream (${(err as Error).message})`);
    }
  }
  // The stream ended early: recover the part that was written before the cut.
  try {
    const bytes = gunzipSync(data, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
    if (bytes.length === 0) return problem("truncated-gzip", "error", { file }, "skipped: gzip stream is truncated and holds no data");
    const note = problem("truncated-gzip", "warning", { file }, `gzip stream is truncated; kept the ${bytes.length} bytes before the cut`);
    return { bytes, problems: [note] };
  } catch (err) {
    return problem("bad-gzip", "error", { file }, `skipped: truncated gzip stream (${(err as Error).message})`);
  }
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === code;
}
