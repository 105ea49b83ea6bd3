/**
 * Bytes → text. Handles byte-order marks, declared charsets, Latin-1 files
 * passed off as UTF-8, NUL bytes and outright binary, reporting each repair.
 */
import { type Problem, problem } from "../problems.js";

export interface Decoded {
  text: string;
  problems: Problem[];
}

/**
 * Share of control characters above which a file is not text. Real text has
 * almost none (tabs and line ends aside); random bytes have ~12% in C0 alone.
 */
const MAX_CONTROL_SHARE = 0.05;

/** How much of the head to inspect when sniffing; enough for any BOM or meta charset. */
const SNIFF_BYTES = 4096;

export function decodeBytes(bytes: Uint8Array, file: string, where: { line?: number; record?: number } = {}): Decoded | Problem {
  const at = { file, ...where };
  const problems: Problem[] = [];
  let text = decodeWithCharset(bytes, problems, at);
  if (isBinary(text)) return problem("not-text", "error", at, "skipped: binary content, not text");
  if (text.includes("\u0000")) {
    text = text.replaceAll("\u0000", "");
    problems.push(problem("nul-bytes", "warning", at, "NUL bytes removed"));
  }
  return { text, problems };
}

function decodeWithCharset(bytes: Uint8Array, problems: Problem[], at: { file: string }): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8 detection.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const { text, repaired } = decodeMixed(bytes);
    problems.push(problem("invalid-utf8", "warning", at, `invalid UTF-8: ${repaired} byte(s) decoded as Windows-1252 (Latin-1)`));
    return text;
  }
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** The charset an HTML head declares (`<meta charset>` or http-equiv), normalised. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m?.[1]) return undefined;
  const label = m[1].toLowerCase();
  return label === "utf8" ? "utf-8" : label;
}

/**
 * UTF-8 where it is well formed, Windows-1252 byte by byte where it is not:
 * files stitched from UTF-8 and Latin-1 sources are common on the web, and
 * this recovers both halves instead of replacing one with U+FFFD.
 */
function decodeMixed(b: Uint8Array): { text: string; repaired: number } {
  const utf8 = new TextDecoder("utf-8");
  const cp1252 = new TextDecoder("windows-1252");
  let out = "";
  let repaired = 0;
  let runStart = 0;
  let i = 0;
  while (i < b.length) {
    const n = validSequenceLength(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += utf8.decode(b.subarray(runStart, i)) + cp1252.decode(b.subarray(i, i + 1));
    repaired++;
    i++;
    runStart = i;
  }
  return { text: out + utf8.decode(b.subarray(runStart)), repaired };
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0. */
function validSequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  if (c < 0xc2 || c > 0xf4) return 0;
  const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
  for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return need + 1;
}

function isBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES * 2);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0) || c === 0xfffd) control++;
  }
  const nuls = sample.length - sample.replaceAll("\u0000", "").length;
  // NULs scattered through text are a repairable defect; a file that is mostly NULs is not text.
  return control / sample.length > MAX_CONTROL_SHARE || nuls / sample.length > 0.3;
}
