/** Files and directories → readers, chosen by file name and, failing that, by content. */
import { constants, createReadStream, type Stats } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Problem, problem } from "../problems.js";
import type { InputFormat, RawDocument } from "../types.js";
import { decodeBytes } from "./decode.js";
import { gunzipStream, isGzip } from "./gunzip-stream.js";
import { gunzipBounded } from "./gzip.js";
import { contentId } from "./id.js";
import type { IngestItem } from "./item.js";
import { readJsonl } from "./jsonl.js";
import { type IngestOptions, MAX_TEXT_CHARS } from "./options.js";
import { readWarc } from "./warc.js";

const EXTENSIONS: Array<[RegExp, InputFormat]> = [
  [/\.(jsonl|ndjson)(\.gz)?$/i, "jsonl"],
  [/\.warc(\.gz)?$/i, "warc"],
  [/\.(html?|xhtml)(\.gz)?$/i, "html"],
  [/\.(txt|text|md)(\.gz)?$/i, "text"],
];

const READ_NONBLOCKING = constants.O_RDONLY | constants.O_NONBLOCK;

function formatFromName(name: string): InputFormat | undefined {
  return EXTENSIONS.find(([re]) => re.test(name))?.[1];
}

/**
 * Every regular file under `path`, depth first in name order, hidden entries
 * skipped. Anything else is one problem and the walk goes on: a path that
 * does not exist or cannot be read, a directory that cannot be listed, a
 * FIFO, socket or device (reading one could block forever), and a link back
 * to a directory already being walked.
 */
export async function* walk(path: string, ancestors: ReadonlySet<string> = new Set()): AsyncGenerator<string | Problem> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield problem(
      code === "ENOENT" ? "not-found" : "unreadable",
      "error",
      { file: path },
      `cannot read: ${code ?? (err as Error).message}`,
    );
    return;
  }
  if (info.isFile()) {
    yield path;
    return;
  }
  if (!info.isDirectory()) {
    yield problem("not-regular", "error", { file: path }, `skipped: ${fileKind(info)}, not a regular file`);
    return;
  }
  const self = `${info.dev}:${info.ino}`;
  if (ancestors.has(self)) {
    yield problem("unreadable", "error", { file: path }, "skipped: a link back to a directory that contains it");
    return;
  }
  let names: string[];
  try {
    names = await readdir(path);
  } catch (err) {
    yield problem(
      "unreadable",
      "error",
      { file: path },
      `skipped: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
    return;
  }
  const inside = new Set([...ancestors, self]);
  for (const name of names.filter((n) => !n.startsWith(".")).sort()) yield* walk(join(path, name), inside);
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

export async function* readPath(file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const format = formatFromName(file);
  const gz = /\.gz$/i.test(file);
  if (format === "jsonl" || format === "warc") {
    const stream = createReadStream(file);
    const bytes = gz || (await startsWithGzip(file)) ? gunzipStream(stream, file) : stream;
    yield* format === "jsonl" ? readJsonl(bytes, file, options) : readWarc(bytes, file, options);
    return;
  }
  // Opened once and read from the handle, so the file checked is the file read; non-blocking, so a FIFO put in its place cannot hang.
  const handle = await open(file, READ_NONBLOCKING);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      yield { problem: problem("not-regular", "error", { file }, `skipped: ${fileKind(info)}, not a regular file`) };
      return;
    }
    if (!gz && info.size > options.maxBytes) {
      yield { problem: problem("too-large", "error", { file }, `skipped: ${info.size} bytes exceeds --max-bytes (${options.maxBytes})`) };
      return;
    }
    yield readWhole(await handle.readFile(), file, format, options, info.mtime.toISOString());
  } finally {
    await handle.close();
  }
}

/** A `.warc` or `.jsonl` may be gzipped under its plain name. */
async function startsWithGzip(file: string): Promise<boolean> {
  const handle = await open(file, READ_NONBLOCKING);
  try {
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    return isGzip(head);
  } finally {
    await handle.close();
  }
}

/** A single-document input held in memory: gunzip if needed, decode, sniff. */
export function readWhole(
  data: Uint8Array,
  file: string,
  format: InputFormat | undefined,
  options: IngestOptions,
  crawledAt?: string,
): IngestItem {
  const problems: Problem[] = [];
  let bytes = data;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const unzipped = gunzipBounded(bytes, options.maxBytes, file);
    if ("code" in unzipped) return { problem: unzipped };
    bytes = unzipped.bytes;
    problems.push(...unzipped.problems);
  }
  const decoded = decodeBytes(bytes, file);
  if ("code" in decoded) return { problem: decoded };
  problems.push(...decoded.problems);
  const kind = format === "html" || format === "text" ? format : looksLikeHtml(decoded.text) ? "html" : "text";
  const admitted = admit(decoded.text, kind, file);
  if (admitted) return { problem: admitted };
  const doc: RawDocument = {
    id: contentId(bytes),
    origin: file,
    format: kind,
    content: decoded.text,
    bytes: bytes.length,
    meta: crawledAt ? { crawledAt } : {},
    problems,
  };
  return { document: doc };
}

/** The checks every document passes before extraction, whatever its container. */
export function admit(content: string, format: "text" | "html", file: string, where: { line?: number } = {}): Problem | undefined {
  const at = { file, ...where };
  if (content.trim() === "") return problem("empty", "error", at, "skipped: no content");
  if (format === "text" && content.length > MAX_TEXT_CHARS) {
    return problem("too-large", "error", at, `skipped: ${content.length} characters of text is not an article (limit ${MAX_TEXT_CHARS})`);
  }
  return undefined;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text.slice(0, 1024)) || /<(p|div|article)[\s>]/i.test(text.slice(0, 4096))
  );
}
