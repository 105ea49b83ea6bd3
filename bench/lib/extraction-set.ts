/** Loads the article-extraction-benchmark pages: id, URL, HTML and the gold article body. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export const EXTRACTION_SET = join(import.meta.dirname, "..", "..", "..", "shared", "data", "article-extraction-benchmark");

export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadExtractionPages(dir = EXTRACTION_SET): ExtractionPage[] {
  return readFileSync(join(dir, "ground-truth.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((line) => {
      const r = JSON.parse(line) as { id: string; url: string; html_path: string; text: string };
      const bytes = gunzipSync(readFileSync(join(dir, r.html_path)));
      return { id: r.id, url: r.url, html: decodeHtml(bytes), truth: r.text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function decodeHtml(bytes: Buffer): string {
  return new TextDecoder("utf-8").decode(bytes);
}
