/**
 * A bad-input corpus made on the spot, with the same kinds of damage as
 * ../shared/badinput (see its README), so the tests that need one run on a
 * fresh clone too. Every file is generated from a seed: the same bytes each run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { rng } from "../../bench/lib/rng.js";
import { article, warcResponse } from "./warc.js";

const PARAGRAPH =
  "The city council voted on Tuesday to approve a budget that raises spending on parks and libraries by four percent, officials said.";

export function writeBadInput(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  const random = rng(7);
  put("good.html", article("Council approves new budget", 6));
  put("good.txt", `Council approves new budget\n\n${Array.from({ length: 6 }, (_, i) => `${PARAGRAPH} Paragraph ${i}.`).join("\n\n")}\n`);
  put(
    "binary.bin",
    Uint8Array.from({ length: 65536 }, () => Math.floor(random() * 256)),
  );
  put(
    "invalid-utf8.txt",
    Buffer.concat([Buffer.from(`Caf`), Buffer.from([0xe9]), Buffer.from(` society reopens. ${PARAGRAPH} `.repeat(4))]),
  );
  put("utf16-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Title\n\n${PARAGRAPH}\n`, "utf16le")]));
  put(
    "mixed-newlines.txt",
    `Title line\r\rFirst paragraph with old Mac line endings.\rSecond line.\r\n\r\nThird paragraph with Windows endings.\n`,
  );
  put("nul-bytes.txt", `Title\n\n${PARAGRAPH.replaceAll(" ", " \u0000")}\n`);
  put("empty.txt", "");
  put("whitespace.txt", " \n\t \n  ");
  const page = gzipSync(article("Truncated page", 12));
  put("truncated.html.gz", page.subarray(0, Math.floor(page.length / 2)));
  // 64 MiB of spaces: four times the default --max-bytes, in some 64 KiB of gzip.
  put("bomb.html.gz", gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }));
  put("deep-nesting.html", `<html><body>${"<div>".repeat(100_000)}<p>${PARAGRAPH}</p>${"</div>".repeat(100_000)}</body></html>`);
  put(
    "hostile.html",
    `<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; <script>alert(2)</script> Breaking news</title></head><body><article><h1 onclick="alert(3)">Breaking <img src=x onerror="alert(4)"></h1>${`<p>${PARAGRAPH} <a href="javascript:alert(5)">more</a>. <script>document.title="pwned"</script></p>`.repeat(6)}<iframe src="http://127.0.0.1:1/x"></iframe><svg onload="alert(6)"></svg></article></body></html>`,
  );
  put("long-token.txt", "x".repeat(2_000_000));
  put(
    "malformed.jsonl",
    [
      JSON.stringify({ id: "ok-1", title: "Fine record", text: `${PARAGRAPH} `.repeat(4) }),
      '{"id": "broken-1", "text": "unterminated',
      "not json at all",
      JSON.stringify({ id: "no-text" }),
      JSON.stringify({ id: "wrong-type", text: 12345 }),
      JSON.stringify({ id: "ok-2", html: article("Council approves new budget", 4) }),
      "",
      JSON.stringify({ id: "huge-line", text: "word ".repeat(400_000) }),
      "",
    ].join("\n"),
  );
  const truncated = warcResponse("http://example.com/b", article("Second page", 4));
  put(
    "malformed.warc",
    Buffer.concat([
      warcResponse("http://example.com/a", article("Council approves new budget", 4)),
      Buffer.from("GARBAGE NOT A WARC RECORD\r\n\r\n"),
      truncated.subarray(0, truncated.length - 400),
    ]),
  );
  return dir;
}
