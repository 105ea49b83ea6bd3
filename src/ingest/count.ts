import { createReadStream } from "node:fs";
import { walk } from "./files.js";

/** How many files the inputs hold (`-` counts as one), for a progress bar's total. */
export async function countFiles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-") n++;
    else for await (const entry of walk(input)) if (typeof entry === "string") n++;
  }
  return n;
}

const LINES = /\.(jsonl|ndjson)$/i;

/**
 * How many records the inputs hold, for a progress bar's total: the lines of
 * a plain JSONL file (a newline count, no parsing), one for any other file.
 * Compressed JSONL and WARC files count as one each: counting their records
 * would mean reading them twice.
 */
export async function countRecords(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-") {
      n++;
      continue;
    }
    for await (const entry of walk(input)) {
      if (typeof entry !== "string") continue;
      n += LINES.test(entry) ? await countLines(entry) : 1;
    }
  }
  return n;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      last = chunk[chunk.length - 1] ?? last;
    }
  } catch {
    return 1; // unreadable: the read stage will say so
  }
  return lines + (last === 10 ? 0 : 1);
}
