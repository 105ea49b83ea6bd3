/** Files and directories → readers, chosen by file name and, failing that, by content. */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { type Problem, problem } from "../problems.js";
import type { InputFormat, RawDocument } from "../types.js";
import { decodeBytes } from "./decode.js";
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

function formatFromName(name: string): InputFormat | undefined {
  return EXTENSIONS.find(([re]) => re.test(name))?.[1];
}

/** Every file under `path`, depth first in name order, hidden entries skipped. */
export async function* walk(path: string): AsyncGenerator<string | Problem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    yield problem("not-found", "error", { file: path }, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return;
  }
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path)).filter((name) => !name.startsWith(".")).sort();
  for (const name of entries) yield* walk(join(path, name));
}

export async function* readPath(file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const format = formatFromName(file);
  const gz = /\.gz$/i.test(file);
  if (format === "jsonl") {
    const stream = createReadStream(file);
    yield* readJsonl(gz ? stream.pipe(createGunzip()) : stream, file, options);
    return;
  }
  if (format === "warc") {
    yield* readWarc(createReadStream(file), file, options);
    return;
  }
  const info = await stat(file);
  if (!gz && info.size > options.maxBytes) {
    yield { problem: problem("too-large", "error", { file }, `skipped: ${info.size} bytes exceeds --max-bytes (${options.maxBytes})`) };
    return;
  }
  yield readWhole(await readFile(file), file, format, options, info.mtime.toISOString());
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
