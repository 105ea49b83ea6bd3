/** JSONL records: one JSON object a line with `text` or `html`, and optional metadata. */
import { type Problem, problem } from "../problems.js";
import type { GivenMetadata, RawDocument } from "../types.js";
import { admit } from "./files.js";
import { contentId } from "./id.js";
import type { IngestItem } from "./item.js";
import { MAX_BLANK_RUN, splitLines } from "./lines.js";
import type { IngestOptions } from "./options.js";

const METADATA_FIELDS = ["id", "url", "title", "date", "site"] as const;

export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const decoder = new TextDecoder("utf-8");
  for await (const line of splitLines(chunks, options.maxBytes)) {
    const at = { file, line: line.number };
    if ("blankRun" in line) {
      yield { problem: problem("too-many-lines", "error", at, `rest of file skipped: more than ${MAX_BLANK_RUN} blank lines in a row`) };
      return;
    }
    if ("tooLong" in line) {
      yield { problem: problem("too-large", "error", at, `skipped: line of ${line.length} bytes exceeds --max-bytes`) };
      continue;
    }
    const source = decoder.decode(line.bytes).trim();
    if (source === "") continue;
    yield parseRecord(source, file, line.number);
  }
}

function parseRecord(source: string, file: string, line: number): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    return { problem: problem("bad-json", "error", { file, line }, `skipped: not valid JSON (${(err as Error).message})`) };
  }
  const item = recordItem(value, file, line);
  return item.document ? { ...item, source } : item;
}

/**
 * A record (a JSONL line, or one posted to the API) → a document or the
 * problem with it. Its origin reads `<file>#<id>` when the record has its own
 * id (what the user's dataset calls it), else `<file>#L<line>`.
 */
export function recordItem(value: unknown, file: string, line: number): IngestItem {
  const at = { file, line };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problem: problem("bad-record", "error", at, "skipped: a record must be a JSON object") };
  }
  const record = value as Record<string, unknown>;
  const body = pickBody(record);
  if (typeof body === "string") return { problem: problem("bad-record", "error", at, `skipped: ${body}`) };
  const refused = admit(body.content, body.format, file, { line });
  if (refused) return { problem: refused };
  const meta: GivenMetadata = {};
  const problems: Problem[] = [];
  for (const field of METADATA_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string" && typeof v !== "number") {
      problems.push(problem("bad-record", "warning", at, `field "${field}" ignored: expected a string`));
      continue;
    }
    meta[field === "id" ? "sourceId" : field] = String(v);
  }
  const doc: RawDocument = {
    id: contentId(body.content),
    origin: meta.sourceId !== undefined ? `${file}#${meta.sourceId}` : `${file}#L${line}`,
    format: body.format,
    content: body.content,
    bytes: Buffer.byteLength(body.content),
    meta,
    problems,
  };
  return { document: doc };
}

function pickBody(record: Record<string, unknown>): { format: "text" | "html"; content: string } | string {
  const { text, html } = record;
  if (typeof html === "string" && html.trim() !== "") return { format: "html", content: html };
  if (typeof text === "string" && text.trim() !== "") return { format: "text", content: text };
  if (html !== undefined && typeof html !== "string") return `field "html" must be a string, got ${typeName(html)}`;
  if (text !== undefined && typeof text !== "string") return `field "text" must be a string, got ${typeName(text)}`;
  return 'no "text" or "html" field with content';
}

function typeName(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
