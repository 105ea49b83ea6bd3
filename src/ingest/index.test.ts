import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/tmp.js";
import { article, gzipMembers, warcResponse } from "../../test/helpers/warc.js";
import { type IngestItem, readInputs } from "./index.js";

async function collect(inputs: string[], stdin?: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, maxBytes ? { maxBytes } : {}, stdin)) out.push(item);
  return out;
}
const docs = (items: IngestItem[]) => items.flatMap((i) => (i.document ? [i.document] : []));
const problems = (items: IngestItem[]) => items.flatMap((i) => (i.problem ? [i.problem] : []));
const TEXT = "The council voted on Tuesday to approve the budget.\n\nSpending on parks rises by four percent.";

describe("readInputs", () => {
  it("reads plain text, HTML and gzipped HTML by extension", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), TEXT);
    writeFileSync(join(dir, "b.html"), article("Budget passes", 3));
    writeFileSync(join(dir, "c.htm"), article("Budget fails", 3));
    writeFileSync(join(dir, "d.html.gz"), gzipSync(article("Budget delayed", 3)));
    const got = docs(await collect([dir]));
    expect(got.map((d) => [d.origin.slice(dir.length + 1), d.format])).toEqual([
      ["a.txt", "text"],
      ["b.html", "html"],
      ["c.htm", "html"],
      ["d.html.gz", "html"],
    ]);
    expect(got[3]?.content).toContain("Budget delayed");
  });

  it("walks directories recursively in name order and skips hidden entries", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "z", "deeper"), { recursive: true });
    mkdirSync(join(dir, ".hidden"));
    writeFileSync(join(dir, "z", "deeper", "1.txt"), `${TEXT} one`);
    writeFileSync(join(dir, "a.txt"), `${TEXT} two`);
    writeFileSync(join(dir, ".hidden", "x.txt"), `${TEXT} three`);
    const origins = docs(await collect([dir])).map((d) => d.origin.slice(dir.length + 1));
    expect(origins).toEqual(["a.txt", join("z", "deeper", "1.txt")]);
  });

  it("reads JSONL records with metadata and reports bad lines by number", async () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: "r1", url: "https://example.com/2021/12/30/x", title: "T", date: "2021-12-30", site: "Example", text: TEXT }),
      "{broken",
      JSON.stringify({ id: "r3", html: article("H", 2) }),
      JSON.stringify({ id: "r4", text: 5 }),
    ];
    writeFileSync(join(dir, "in.jsonl"), lines.join("\n"));
    const items = await collect([join(dir, "in.jsonl")]);
    const got = docs(items);
    expect(got.map((d) => [d.meta.sourceId, d.format])).toEqual([
      ["r1", "text"],
      ["r3", "html"],
    ]);
    expect(got[0]?.meta).toMatchObject({ url: "https://example.com/2021/12/30/x", title: "T", date: "2021-12-30", site: "Example" });
    expect(problems(items).map((p) => [p.line, p.code])).toEqual([
      [2, "bad-json"],
      [4, "bad-record"],
    ]);
  });

  it("reads WARC and gzipped WARC response records with their URL and crawl date", async () => {
    const dir = tempDir();
    const records = [warcResponse("http://example.com/a", article("A", 3)), warcResponse("http://example.com/b", article("B", 3, "b"))];
    writeFileSync(join(dir, "crawl.warc"), Buffer.concat(records));
    writeFileSync(join(dir, "crawl.warc.gz"), gzipMembers(records));
    for (const name of ["crawl.warc", "crawl.warc.gz"]) {
      const got = docs(await collect([join(dir, name)]));
      expect(got.map((d) => d.meta.url)).toEqual(["http://example.com/a", "http://example.com/b"]);
      expect(got[0]?.meta.crawledAt).toBe("2024-01-01T00:00:00Z");
      expect(got[1]?.content).toContain("<h1>B</h1>");
    }
  });

  it("sniffs standard input: JSONL, WARC or a single document", async () => {
    const jsonl = docs(await collect(["-"], Readable.from([Buffer.from(`${JSON.stringify({ text: TEXT })}\n`)])));
    expect(jsonl).toHaveLength(1);
    const warc = docs(await collect(["-"], Readable.from([warcResponse("http://x.org/", article("X", 2))])));
    expect(warc[0]?.meta.url).toBe("http://x.org/");
    const html = docs(await collect(["-"], Readable.from([Buffer.from(article("Y", 2))])));
    expect(html[0]?.format).toBe("html");
  });

  it("gives the same bytes the same id wherever they come from", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), TEXT);
    writeFileSync(join(dir, "b.txt"), TEXT);
    writeFileSync(join(dir, "c.txt"), `${TEXT}!`);
    const ids = docs(await collect([dir])).map((d) => d.id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("refuses files above --max-bytes and names missing paths", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.txt"), "word ".repeat(1000));
    const items = await collect([join(dir, "big.txt"), join(dir, "missing.txt")], undefined, 100);
    expect(problems(items).map((p) => p.code)).toEqual(["too-large", "not-found"]);
    expect(problems(items)[1]?.file).toBe(join(dir, "missing.txt"));
  });
});
