/** The body of an HTTP response as stored in a WARC block: headers split off, chunking undone. */

export interface HttpBody {
  contentType: string;
  gzip: boolean;
  body: Uint8Array;
}

const CRLFCRLF = [13, 10, 13, 10];

/** Returns the parsed response, or a reason it could not be parsed. */
export function httpBody(block: Uint8Array): HttpBody | string {
  const end = indexOfSequence(block, CRLFCRLF);
  if (end < 0) return "HTTP headers not terminated";
  const head = new TextDecoder("latin1").decode(block.subarray(0, end));
  if (!/^HTTP\/\d/.test(head)) return "block is not an HTTP response";
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = block.subarray(end + CRLFCRLF.length);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) {
    const dechunked = dechunk(body);
    if (dechunked) body = dechunked;
  }
  return {
    contentType: headers.get("content-type") ?? "",
    gzip: /gzip/i.test(headers.get("content-encoding") ?? ""),
    body,
  };
}

/** Undoes chunked transfer coding; `undefined` when the body is not in fact chunked. */
function dechunk(data: Uint8Array): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = indexOfSequence(data, [13, 10], at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(new TextDecoder("latin1").decode(data.subarray(at, lineEnd)), 16);
    if (!Number.isFinite(size)) return undefined;
    if (size === 0) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function indexOfSequence(data: Uint8Array, seq: number[], from = 0): number {
  const first = seq[0] as number;
  for (let i = data.indexOf(first, from); i >= 0 && i + seq.length <= data.length; i = data.indexOf(first, i + 1)) {
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) ok = data[i + k] === seq[k];
    if (ok) return i;
  }
  return -1;
}
