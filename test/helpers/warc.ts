/** Builds WARC files for tests, record by record, as a crawler writes them. */
import { gzipSync } from "node:zlib";

export function warcResponse(url: string, html: string, date = "2024-01-01T00:00:00Z"): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = [
    "WARC/1.0",
    "WARC-Type: response",
    `WARC-Target-URI: ${url}`,
    `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:${url.length}-${http.length}>`,
    "Content-Type: application/http; msgtype=response",
    `Content-Length: ${http.length}`,
  ].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), http, Buffer.from("\r\n\r\n")]);
}

/** A .warc.gz: each record its own gzip member, as the format requires. */
export function gzipMembers(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

export function article(title: string, paragraphs: number, seed = ""): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>The regional council voted on Tuesday to approve a budget that raises spending on parks and libraries ${seed}, officials said in paragraph ${i}.</p>`,
  ).join("");
  return `<html><head><title>${title}</title></head><body><nav>Home | World</nav><article><h1>${title}</h1>${body}</article></body></html>`;
}
