/**
 * Fuzz cases for extraction and ingest: every HTML page under ../shared/data
 * (when present), the bad-input corpora, and seeded generated damage —
 * truncation, tag soup, framesets, tables in tables, tag-less and
 * comment-only pages, broken entities, 10,000 attributes, NULs, WARC headers
 * with wrong lengths, gzip with absurd expansion. A case is either one HTML
 * page for `extract` or one file for the whole ingest path.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { rng } from "../../bench/lib/rng.js";
import { article, warcResponse } from "../helpers/warc.js";

export type FuzzCase = { name: string; html: string } | { name: string; file: string };

const DATA_PAGES = ["article-extraction-benchmark/html", "readability-testpages/html", "htmldate-eval/html"];

/** The HTML pages of the shared datasets, when they are beside us. */
export function* datasetPages(dataDir: string): Generator<FuzzCase> {
  for (const sub of DATA_PAGES) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const bytes = readFileSync(join(dir, name));
      yield { name: `${sub}/${name}`, html: (name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8") };
    }
  }
}

/** Files for the ingest path: every file of the given directories. */
export function* directoryFiles(dirs: readonly string[]): Generator<FuzzCase> {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) yield { name: `${dir}/${name}`, file: join(dir, name) };
  }
}

const TAGS = [
  "div",
  "p",
  "span",
  "a",
  "table",
  "tr",
  "td",
  "b",
  "i",
  "ul",
  "li",
  "h1",
  "h2",
  "article",
  "section",
  "br",
  "img",
  "script",
  "style",
  "frameset",
  "frame",
  "iframe",
  "form",
  "select",
  "option",
  "svg",
  "math",
  "template",
  "noscript",
  "title",
];
const ENTITIES = ["&amp;", "&", "&#", "&#x;", "&#99999999;", "&nbsp", "&lt", "&notanentity;", "&#x1F600;", "&#0;", "&#xD800;"];

/** Seeded HTML damage, `count` pages. */
export function* generatedPages(seed: number, count: number): Generator<FuzzCase> {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const base = article("A council approves its budget", 8, "fuzz");
  const makers: Array<[string, () => string]> = [
    ["truncated", () => base.slice(0, Math.floor(random() * base.length))],
    [
      "tag soup",
      () =>
        Array.from({ length: 400 }, () => {
          const t = pick(TAGS);
          const r = random();
          return r < 0.4
            ? `<${t}>`
            : r < 0.7
              ? `</${t}>`
              : r < 0.8
                ? `<${t} ${pick(["x", "class", "onload"])}=${pick(['"', "'", ""])}y`
                : "words here. ";
        }).join(""),
    ],
    [
      "frameset",
      () =>
        `<html><frameset cols="50%,50%"><frame src="a.html"><frameset rows="1,2"><frame>${"<p>in a frame</p>".repeat(5)}</frameset></frameset></html>`,
    ],
    [
      "tables in tables",
      () => `${"<table><tr><td>".repeat(300)}${"The cell text runs on for a while. ".repeat(20)}${"</td></tr></table>".repeat(150)}`,
    ],
    ["tag-less", () => Array.from({ length: 50 }, () => pick(["word", "another", "sentence.", "\n", "<", ">", "&"])).join(" ")],
    ["comment-only", () => `<!-- ${"x".repeat(Math.floor(random() * 1000))}${random() < 0.5 ? " -->" : ""}`],
    ["broken entities", () => `<p>${Array.from({ length: 300 }, () => (random() < 0.3 ? pick(ENTITIES) : "text ")).join("")}</p>`],
    [
      "10k attributes",
      () => `<div ${Array.from({ length: 10_000 }, (_, i) => `a${i}="${i}"`).join(" ")}><p>${"Body text. ".repeat(40)}</p></div>`,
    ],
    ["NULs", () => base.replace(/e/g, () => (random() < 0.2 ? "\u0000" : "e"))],
    [
      "unclosed raw text",
      () =>
        `<html><body><p>${"Text. ".repeat(30)}</p><${pick(["script", "style", "textarea", "title", "svg"])}>${"never closed ".repeat(50)}`,
    ],
    ["empty", () => pick(["", " ", "<", "<>", "</>", "<!", "<!DOCTYPE", "<html", "<?xml?>", "<![CDATA[", "\u0000"])],
  ];
  for (let i = 0; i < count; i++) {
    const [kind, make] = makers[i % makers.length] as [string, () => string];
    yield { name: `generated ${kind} #${i}`, html: make() };
  }
}

/** Seeded damaged container files written into `dir`: WARC headers with wrong lengths, gzip with absurd expansion. */
export function* generatedFiles(dir: string, seed: number, count: number): Generator<FuzzCase> {
  const random = rng(seed);
  const lengths = () => {
    const r = random();
    return r < 0.2 ? "abc" : r < 0.3 ? "-5" : r < 0.4 ? "2147483648" : r < 0.5 ? "" : r < 0.6 ? "1e3" : String(Math.floor(random() * 5000));
  };
  for (let i = 0; i < count; i++) {
    const records = Array.from({ length: 3 }, (_, k) => {
      const record = warcResponse(`http://example.com/${i}/${k}`, article(`Page ${k}`, 3, `${i}`)).toString("latin1");
      return random() < 0.6 ? record.replace(/Content-Length: \d+/, `Content-Length: ${lengths()}`) : record;
    });
    const warc = Buffer.from(records.join(random() < 0.3 ? "junk line\r\n" : ""), "latin1");
    const file = join(dir, `case-${i}.warc${random() < 0.3 ? ".gz" : ""}`);
    writeFileSync(file, file.endsWith(".gz") ? gzipSync(warc) : warc);
    yield { name: `generated WARC #${i}`, file };
  }
  // One compressed megabyte or so that expands far beyond any limit, in each container.
  const zeros = gzipSync(Buffer.alloc(256 << 20), { level: 9 });
  for (const name of ["expand.html.gz", "expand.jsonl.gz", "expand.warc.gz"]) {
    writeFileSync(join(dir, name), zeros);
    yield { name: `generated gzip expansion ${name}`, file: join(dir, name) };
  }
}
